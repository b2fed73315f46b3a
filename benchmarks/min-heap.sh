#!/usr/bin/env bash
# Finds the smallest -Xmx (in MB, to 4 MB) at which `isnad analyze` still processes the given
# files (default: the seed articles) with the same output as at 512 MB.
# Usage: benchmarks/min-heap.sh [FILE...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ $# -gt 0 ] || set -- seeds/articles/*.txt
./isnad --version >/dev/null 2>&1   # builds the jar if needed
ref=$(mktemp); out=$(mktemp); trap 'rm -f "$ref" "$out"' EXIT
java -Xmx512m -jar cli/target/isnad.jar analyze "$@" > "$ref"
lo=4; hi=512   # lo fails (assumed), hi works
while [ $((hi - lo)) -gt 4 ]; do
  mid=$(( (lo + hi) / 2 ))
  if java -Xmx${mid}m -jar cli/target/isnad.jar analyze "$@" > "$out" 2>/dev/null && cmp -s "$ref" "$out"; then
    hi=$mid
  else
    lo=$mid
  fi
done
echo "smallest -Xmx for isnad analyze on $# file(s): ${hi}m (fails at ${lo}m)"
