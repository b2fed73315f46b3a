#!/usr/bin/env bash
# Held-out-block figures of the contextual model: for each block B given (0-9; 9 is the dev split),
# trains the probes and the tagger (ensemble of 3) without that tenth of the ANERcorp train portion
# and prints "contextual block B: PROBE_F1 SENTENCE_F1 DOCUMENT_F1" (micro F1 of the probe alone,
# of the tagger sentence by sentence, and as 20-sentence pseudo-documents with label propagation).
# Nothing is written but ner-contextual/target/ (the cached vectors and evidence files).
# Usage, from the repository root: ner-contextual/scripts/cv-blocks.sh 0 1 2 3 4 5 6 7 8 9
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for b in "$@"; do
  r=$(ner-contextual/scripts/retrain.sh --dev-block "$b" --probe-out - --model-out - 2>/dev/null \
      | grep FB1 | sed -n '1p;6p;11p' | grep -o 'FB1: *[0-9.]*' | grep -o '[0-9.]*$' | tr '\n' ' ')
  echo "contextual block $b: $r"
done
