#!/usr/bin/env bash
# Seed-article figures of another entity model: puts MODEL in place of the bundled model, runs
# SeedEvaluationTest, EntityExtractorModelSeedTest and NameCompletionTest (which print the per-type
# and per-merge-policy figures), and puts the bundled model back, whatever happens.
# Make a model with e.g. `java -Xmx3g -cp core/target/classes:ner/target/classes
# org.isnad.ner.NerTrainer --seed 1 --out /tmp/seed1.bin.gz`.
# Usage, from the repository root: ner/scripts/seed-figures.sh MODEL.bin.gz
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 MODEL.bin.gz" >&2; exit 2; }
bundled=ner/src/main/resources/org/isnad/ner/model/ner-model.bin.gz
keep=$(mktemp)
cp "$bundled" "$keep"
trap 'cp "$keep" "$bundled"; rm -f "$keep"' EXIT
cp "$1" "$bundled"
mvn -o -q -pl ner -am test -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='SeedEvaluationTest,EntityExtractorModelSeedTest,NameCompletionTest' \
  | grep -E 'F1|Tests run|FAIL' || true
