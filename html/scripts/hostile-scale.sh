#!/usr/bin/env bash
# Time of HtmlText.parse on hostile pages (nested elements, unclosed tags, a big inline script)
# at n and 4n: prints the ratio (about 4 or less = linear). Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -q -B -ntp -Dstyle.color=never -pl html -am package -DskipTests 2>&1 | sed -e $'s/\x1b\\[[0-9;]*[A-Za-z]//g' >&2
mvn -q -B -ntp -Dstyle.color=never -pl html dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  2>&1 | sed -e $'s/\x1b\\[[0-9;]*[A-Za-z]//g' >&2
java -Xmx2g -cp "html/target/isnad-html-0.1.0-SNAPSHOT.jar:$(cat html/target/classpath.txt)" html/scripts/HostileScale.java
