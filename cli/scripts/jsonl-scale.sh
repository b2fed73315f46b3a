#!/bin/sh
# Streaming at scale: analyse a 100,000-document JSON Lines file with a 256 MB heap and report
# documents/s and the heap after each GC at 10%, 50% and 100% of the run (see docs/scale.md).
# Run from the repository root after: mvn -o -q -pl cli -am package -DskipTests
set -eu
N=${1:-100000}
WORK=${2:-target/scale}
mkdir -p "$WORK"
JSONL="$WORK/docs-$N.jsonl"
GCLOG="$WORK/gc.log"
[ -f "$JSONL" ] || java -cp cli/target/isnad.jar:cli/target/test-classes org.isnad.cli.tools.JsonlScale \
  ner/data/anercorp/anercorp-train.conll "$JSONL" "$N"
rm -f "$GCLOG"
START=$(date +%s.%N)
java -Xmx256m -Xlog:gc:file="$GCLOG" -jar cli/target/isnad.jar analyze --jsonl "$JSONL" --threads 2 --progress \
  > /dev/null 2> "$WORK/progress.txt"
END=$(date +%s.%N)
LINES=$(grep -c . "$JSONL")
awk -v s="$START" -v e="$END" -v n="$LINES" 'BEGIN { t = e - s; printf "documents: %d  seconds: %.1f  documents/s: %.0f\n", n, t, n / t }'
# post-GC heap (the number after "->" in each pause line) at 10%, 50% and 100% of the run
grep -- '->' "$GCLOG" | sed -E 's/^\[([0-9.]+)s\].*->([0-9]+)M\(([0-9]+)M\).*/\1 \2 \3/' | awk '
  { t[NR] = $1; h[NR] = $2; c[NR] = $3 }
  END {
    if (NR == 0) { print "no GC"; exit }
    last = t[NR];
    split("0.1 0.5 1.0", q, " ");
    for (k = 1; k <= 3; k++) {
      best = 0; max = 0;
      for (i = 1; i <= NR; i++) if (t[i] <= q[k] * last) { best = i; if (h[i] > max) max = h[i] }
      if (best == 0) best = 1;
      printf "at %3d%% of the run (%.1fs): heap after GC %dM (max so far %dM), committed %dM, %d GCs\n", q[k] * 100, t[best], h[best], max, c[best], best
    }
  }'
