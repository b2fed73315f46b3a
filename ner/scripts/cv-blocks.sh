#!/bin/bash
# usage: cv.sh NAME "JAVA_OPTS" blocks...
name=$1; opts=$2; shift 2
for b in "$@"; do
  r=$(java -Xmx3g $opts -cp core/target/classes:ner/target/classes org.isnad.ner.NerTrainer --out - --dev-block $b --ensemble 3 2>&1 | grep FB1 | sed -n '1p;6p' | grep -o 'FB1: *[0-9.]*' | grep -o '[0-9.]*$' | tr '\n' ' ')
  echo "$name block $b: $r"
done
