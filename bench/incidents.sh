#!/usr/bin/env bash
# The incidents benchmark (see modules/incidents/src/test/java/dev/skyway/bench/IncidentsBenchmark.java): one command,
# figures in bench/results/incidents.md. INCIDENTS (default 50000), DAYS (120), MESSAGES (10000), SENDERS (16) and
# RATE (500 messages/s) can be set; EXPLAIN=true logs the list queries' plans.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B -pl modules/incidents -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd modules/incidents
"${JAVA_HOME}/bin/java" -Xmx1g -Djava.io.tmpdir=target -Dexplain="${EXPLAIN:-false}" \
    -Dincidents="${INCIDENTS:-50000}" -Ddays="${DAYS:-120}" -Dmessages="${MESSAGES:-10000}" \
    -Dsenders="${SENDERS:-16}" -Drate="${RATE:-500}" -Dresults=../../bench/results/incidents.md \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.skyway.bench.IncidentsBenchmark
