#!/usr/bin/env bash
# The compliance benchmark (see modules/compliance/src/test/java/dev/skyway/bench/ComplianceBenchmark.java): one
# command, figures in bench/results/compliance.md. ROWS (default 1000000), ACCOUNTS (default 1000) and
# WARM_UP (the first import into the empty table before the measured one, default 50000) can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B -pl modules/compliance -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd modules/compliance
"${JAVA_HOME}/bin/java" -Xmx1g -Dexplain="${EXPLAIN:-false}" -Drows="${ROWS:-1000000}" -Daccounts="${ACCOUNTS:-1000}" \
    -DwarmUp="${WARM_UP:-50000}" -Dresults=../../bench/results/compliance.md \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.skyway.bench.ComplianceBenchmark
