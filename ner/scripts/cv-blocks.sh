#!/bin/bash
# Held-out-block figures of the entity model: for each block B given (0-9; 9 is the dev split),
# trains without that tenth of the ANERcorp train portion (ensemble of 3 seeds) and prints
# "NAME block B: SENTENCE_F1 DOCUMENT_F1" (micro F1, sentence by sentence / as 20-sentence
# pseudo-documents with label propagation). Nothing is written.
# Usage, from the repository root after `mvn -o -q -pl ner -am -DskipTests compile`:
#   ner/scripts/cv-blocks.sh NAME "EXTRA_JAVA_OPTIONS" 0 1 2 3 4 5 6 7 8 9
name=$1; opts=$2; shift 2
for b in "$@"; do
  r=$(java -Xmx3g $opts -cp core/target/classes:ner/target/classes org.isnad.ner.NerTrainer --out - \
      --dev-block "$b" --ensemble 3 2>&1 | grep FB1 | sed -n '1p;6p' | grep -o 'FB1: *[0-9.]*' \
      | grep -o '[0-9.]*$' | tr '\n' ' ')
  echo "$name block $b: $r"
done
