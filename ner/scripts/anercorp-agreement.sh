#!/usr/bin/env bash
# Agreement of the fast clitic segmenter with CoreNLP's Arabic segmenter on every Arabic word of
# the ANERcorp train portion (split points compared, the article split excluded).
# Usage: ner/scripts/anercorp-agreement.sh   (from anywhere; takes a few minutes)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -q -B -ntp -pl core,ner -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test 1>&2
java -Xmx3g -cp "core/target/classes:ner/target/classes:ner/target/test-classes:$(cat ner/target/test-classpath.txt)" \
  org.isnad.ner.tools.AnercorpAgreement ner/data/anercorp/anercorp-train.conll
