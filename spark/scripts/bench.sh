#!/usr/bin/env bash
# Throughput of isnad-spark at local[1] and local[2] against isnad analyze --jsonl with 1 and 2
# threads, on the same JSON Lines input in the same session (README "Apache Spark", docs/scale.md).
# Each figure is a whole run: JVM start, Spark start, reading, analysis, writing. Also the peak
# resident memory of each run (in local mode the executor is the driver JVM), the CPU time of each
# run (user + system: documents per CPU second stay comparable when the machine is shared and wall
# times are not) and the load average before each run.
# Usage, from the repository root: spark/scripts/bench.sh [DOCUMENTS=40000] [WORK=target/spark-bench]
set -euo pipefail
N=${1:-40000}
WORK=${2:-target/spark-bench}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mkdir -p "$WORK"
mvn -q -B -ntp -DskipTests -pl cli,spark -am package 1>&2
[ -f cli/target/test-classes/org/isnad/cli/tools/JsonlScale.class ] || mvn -q -B -ntp -pl cli -am test-compile 1>&2
JSONL="$WORK/docs-$N.jsonl"
[ -f "$JSONL" ] || java -cp cli/target/isnad.jar:cli/target/test-classes org.isnad.cli.tools.JsonlScale \
  ner/data/anercorp/anercorp-train.conll "$JSONL" "$N"
echo "input: $N documents, $(du -m "$JSONL" | cut -f1) MB; $(nproc) cores; $(java -version 2>&1 | head -1)"

run() { # label, command...
  local label=$1; shift
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  local start end rss cpu
  start=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$WORK/rss.txt" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" || {
    echo "$label failed:"; tail -5 "$WORK/err.txt"; return 1; }
  end=$(date +%s.%N)
  rss=$(tail -1 "$WORK/rss.txt" | cut -d' ' -f1)
  cpu=$(tail -1 "$WORK/rss.txt" | awk '{ print $2 + $3 }')
  awk -v l="$label" -v s="$start" -v e="$end" -v n="$N" -v r="$rss" -v c="$cpu" -v la="$load" \
    'BEGIN { t = e - s; printf "%-34s %7.1f s %6.0f documents/s | CPU %6.1f s %5.0f documents/CPU-s | peak RSS %4.0f MB | load before %s\n", l, t, n / t, c, n / c, r / 1024, la }'
}

run "isnad analyze --jsonl --threads 1" java -Xmx512m -jar cli/target/isnad.jar analyze --jsonl "$JSONL" --threads 1
run "isnad analyze --jsonl --threads 2" java -Xmx512m -jar cli/target/isnad.jar analyze --jsonl "$JSONL" --threads 2
for n in 1 2; do
  rm -rf "$WORK/spark-out-$n"
  run "isnad-spark analyze local[$n]" ./isnad-spark analyze --master "local[$n]" --input "$JSONL" --output "$WORK/spark-out-$n"
  grep '^isnad-spark:' "$WORK/err.txt" | sed 's/^/    /'
done
# the Spark output is the command line's output, line for line
cat "$WORK"/spark-out-2/part-* | cmp - <(java -Xmx512m -jar cli/target/isnad.jar analyze --jsonl "$JSONL" --threads 2) \
  && echo "isnad-spark output at local[2] = isnad analyze --jsonl output (cmp)"
