#!/usr/bin/env bash
# Peak resident memory of `isnad entities --contextual` on the given files (default: the first seed
# article) with a 256 MB Java heap: the encoder (ONNX Runtime) lives off-heap.
# Usage, from anywhere: ner-contextual/scripts/resident-memory.sh [FILE...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ $# -gt 0 ] || set -- seeds/articles/000_c76431b2828d011e.txt
./isnad --version >/dev/null 2>&1   # builds the jar if needed
peak=$(mktemp); trap 'rm -f "$peak"' EXIT
ISNAD_JAVA_OPTS=-Xmx256m /usr/bin/time -o "$peak" -f '%M' ./isnad entities --contextual "$@" >/dev/null 2>&1
kb=$(tail -1 "$peak")
echo "peak resident memory of isnad entities --contextual with -Xmx256m: $((kb / 1024)) MB"
