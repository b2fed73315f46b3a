#!/usr/bin/env bash
# Whole-process speed and peak resident memory of `isnad ner --conll --contextual` (JVM start and
# model load included, the launcher's default JVM options) on a CoNLL file of about 25,000 tokens:
# the first whole sentences of ner/data/anercorp/anercorp-train.conll (tags dropped) until 25,000
# tokens are reached. Also reports whether anything was written to standard error.
# Usage, from anywhere: ner-contextual/scripts/conll-speed.sh [--default]   (--default: no --contextual)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
flag=--contextual
[ "${1:-}" = "--default" ] && flag=
./isnad --version >/dev/null 2>&1   # builds the jar if needed
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
awk 'NF == 0 { print ""; if (n >= 25000) exit; next } { print $1; n++ }' \
    ner/data/anercorp/anercorp-train.conll > "$work/in.conll"
tokens=$(awk 'NF > 0' "$work/in.conll" | wc -l)
/usr/bin/time -o "$work/time" -f '%e %M %U %S' ./isnad ner --conll $flag "$work/in.conll" >"$work/out" 2>"$work/err"
read -r secs kb user sys < <(tail -1 "$work/time")
tagged=$(awk 'NF > 0' "$work/out" | wc -l)
[ "$tagged" = "$tokens" ] || { echo "tagged $tagged of $tokens tokens" >&2; exit 1; }
echo "isnad ner --conll ${flag:-(default recognizer)} on $tokens tokens: ${secs} s whole process," \
  "$(awk -v t="$tokens" -v s="$secs" 'BEGIN { printf "%.0f", t / s }') tokens/s," \
  "peak resident memory $((kb / 1024)) MB, stderr $(wc -c <"$work/err") bytes;" \
  "CPU time $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s" \
  "($(awk -v t="$tokens" -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", t / (u + s) }') tokens per CPU second; wall time counts other processes' load)"
