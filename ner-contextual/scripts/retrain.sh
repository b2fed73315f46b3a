#!/usr/bin/env bash
# Retrains the contextual entity model (probe + tagger) from ner/data and prints its held-out figures.
# Usage, from the repository root: ner-contextual/scripts/retrain.sh [ContextualTrainer options]
#   e.g. --dev-block 8 --probe-out - --model-out -   (cross-validation block 8, nothing written)
# JVM options: ISNAD_JAVA_OPTS (added to -Xmx6g). Encoding ANERcorp with multilingual BERT takes
# about 6 minutes on two cores (cached in
# ner-contextual/target/anercorp-vectors.f32 for later runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -q -B -ntp -pl ner-contextual -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt
cp="ner-contextual/target/classes:$(cat ner-contextual/target/classpath.txt)"
exec java -Xmx6g ${ISNAD_JAVA_OPTS:-} -cp "$cp" org.isnad.ner.contextual.ContextualTrainer "$@"
