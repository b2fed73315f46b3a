#!/usr/bin/env bash
# Runs the ./isnad launcher with its defaults (-Xmx512m) on big text files made of the seed
# articles repeated (paragraphs kept): for each SIZE in MB and COMMAND it prints the exit code, the
# output size, whether the output is one complete JSON object, the wall time and the peak
# resident memory. Nothing big goes to git: files are written to DIR (default /tmp/isnad-big).
# Usage: cli/scripts/big-files.sh [DIR] [SIZE_MB:COMMAND ...]   (default: 50:analyze 200:tokenize 200:analyze)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/isnad-big}"; shift || true
[ $# -gt 0 ] || set -- 50:analyze 200:tokenize 200:analyze
mkdir -p "$dir"
"$root/isnad" --version > /dev/null   # builds the jar if needed
make_file() {   # make_file MB: the seeds repeated, a blank line between articles
  local mb=$1 f="$dir/seeds-${1}mb.txt"
  if [ ! -f "$f" ]; then
    local one="$dir/seeds-once.txt"
    : > "$one"
    for s in "$root"/seeds/articles/*.txt; do cat "$s"; printf '\n\n'; done >> "$one"
    local n=$(( mb * 1024 * 1024 / $(stat -c %s "$one") + 1 ))
    for _ in $(seq "$n"); do cat "$one"; done > "$f"
  fi
  echo "$f"
}
for job in "$@"; do
  mb=${job%%:*}; cmd=${job#*:}
  f=$(make_file "$mb")
  out="$dir/out-$mb-$cmd.json"; err="$dir/err-$mb-$cmd.txt"
  set +e
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$root/isnad" "$cmd" "$f" > "$out" 2> "$err"
  code=$?
  set -e
  read -r secs kb < "$dir/time.txt"
  complete=no
  if [ "$(head -c 13 "$out")" = '{"document":"' ] && [ "$(tail -c 2 "$out" | head -c 1)" = '}' ]; then complete=yes; fi
  printf '%s MB %-8s exit %s, output %s MB, one complete object: %s, %s s, peak resident %s MB, stderr: %s\n' \
    "$(( $(stat -c %s "$f") / 1048576 ))" "$cmd" "$code" "$(( $(stat -c %s "$out") / 1048576 ))" "$complete" \
    "$secs" "$(( kb / 1024 ))" "$(head -c 200 "$err" | tr '\n' ' ')"
  rm -f "$out"
done
