#!/bin/sh
# Builds the benchmarks jar and runs the whole Isnad suite (1 and 2 threads, Markdown + JSON).
# Run from anywhere; extra arguments go to org.isnad.benchmarks.Suite (e.g. --smoke).
# MAVEN_ARGS defaults to -o (offline); set MAVEN_ARGS= to let Maven download dependencies.
set -e
cd "$(dirname "$0")/.."
mvn ${MAVEN_ARGS--o} -q -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar org.isnad.benchmarks.Suite "$@"
