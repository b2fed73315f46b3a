#!/usr/bin/env bash
# Peak live heap of `isnad analyze` on a document held whole (read from standard input, so not
# windowed), for inputs of 1 and 2 MB made of the seed articles: the largest heap in use right
# after a garbage collection, from the JVM's GC log. Prints the peak for each size and the
# increase per input MB, which sets DocumentCommand.HEAP_PER_INPUT_BYTE (the default
# --max-bytes for whole documents is the heap divided by it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
"$root/isnad" --version > /dev/null   # builds the jar if needed
one="$dir/once.txt"
for s in "$root"/seeds/articles/*.txt; do cat "$s"; printf '\n\n'; done > "$one"
peak() {   # peak MB
  local mb=$1 f="$dir/in-$1.txt"
  local n=$(( mb * 1024 * 1024 / $(stat -c %s "$one") ))
  for _ in $(seq "$n"); do cat "$one"; done > "$f"
  java -Xmx2g -XX:+UseSerialGC -Xlog:gc:file="$dir/gc-$mb.log" -cp "$root/cli/target/isnad.jar" \
    org.isnad.cli.Main analyze - < "$f" > /dev/null
  # lines like "... Pause Young (Allocation Failure) 300M->120M(980M) 12.3ms": the value after ->
  grep -o -- '->[0-9]*M' "$dir/gc-$mb.log" | tr -d -- '->M' | sort -n | tail -1
}
p1=$(peak 1); p2=$(peak 2)
echo "peak live heap: 1 MB input ${p1} MB, 2 MB input ${p2} MB; per input MB: $(( p2 - p1 )) MB"
