#!/usr/bin/env bash
# The cost engine's benchmark (see modules/cost/src/test/java/dev/skyway/bench/CostBenchmark.java): one command,
# figures in bench/results/cost.md. ROWS (default 10000000) and DUCKDB_MEMORY (default 512MB) can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B -pl modules/cost -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd modules/cost
"${JAVA_HOME}/bin/java" -Xmx1g -Drows="${ROWS:-10000000}" -Dduckdb.memory="${DUCKDB_MEMORY:-512MB}" \
    -Dresults=../../bench/results/cost.md \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.skyway.bench.CostBenchmark
