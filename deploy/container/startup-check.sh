#!/usr/bin/env bash
# Does with the local JDK what the Dockerfile does (layered extraction, AOT training run), then starts the extracted
# application without and with the AOT cache and reports when it became ready (readiness probe UP) and that a page
# renders. No Docker needed. Usage: deploy/container/startup-check.sh [runs per variant, default 1]
#   JAR=...         the built jar (default: portal-app/target/skyway-portal-app-*.jar; build it with ./mvnw -DskipTests package)
#   PORT=...        the HTTP port to use (default: a free one, chosen per start)
#   WORK=...        scratch directory (default: portal-app/target/startup-check)
#   REUSE=1         keep the extraction and the cache of the previous run (measure the starts only)
#   READY_TIMEOUT=s how long a start may take before it counts as failed (default 1200)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-1}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JAR=${JAR:-$(ls portal-app/target/skyway-portal-app-*.jar | head -1)}
WORK=${WORK:-portal-app/target/startup-check}
WORK=$(mkdir -p "$WORK" && cd "$WORK" && pwd)
# the flags of the Dockerfile's ENTRYPOINT and training run (keep them in step)
JVM_FLAGS=(-XX:+UseG1GC -Xmx1g -XX:+ExitOnOutOfMemoryError)
DB_URL="jdbc:h2:mem:skyway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

if [ "${REUSE:-0}" != 1 ] || [ ! -f "$WORK/app/app.aot" ]; then
echo "== extracting $JAR (layers, as the Dockerfile does)"
rm -rf "$WORK/extracted" "$WORK/app"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --layers --application-filename app.jar --destination "$WORK/extracted"
mkdir -p "$WORK/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    cp -a "$WORK/extracted/$layer/." "$WORK/app/"
done

echo "== AOT training run (-XX:AOTCacheOutput, exits once ready)"
start=$(date +%s.%N)
(cd "$WORK/app" && SPRING_DATASOURCE_URL="$DB_URL" PORTAL_COST_DATADIR="$WORK/training-data/cost" \
    PORTAL_COMPLIANCE_DATADIR="$WORK/training-data/compliance" \
    "$JAVA" "${JVM_FLAGS[@]}" -XX:AOTCacheOutput=app.aot -Dportal.startup.exit-when-ready=true -jar app.jar \
    > "$WORK/training.log" 2>&1)
printf 'training run and cache: %.1f s, cache %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" \
    "$(du -h "$WORK/app/app.aot" | cut -f1)"
fi

ready_time() { # $1 = label, rest = extra JVM flags; prints seconds until readiness UP and RSS then
    local label=$1; shift
    local log="$WORK/run-$label.log"
    local port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken"; return 1; fi
    rm -rf "$WORK/data"
    local t0; t0=$(date +%s.%N)
    (cd "$WORK/app" && exec env SPRING_DATASOURCE_URL="$DB_URL" PORT=$port PORTAL_COST_DATADIR="$WORK/data/cost" \
        PORTAL_COMPLIANCE_DATADIR="$WORK/data/compliance" \
        "$JAVA" "${JVM_FLAGS[@]}" "$@" -jar app.jar > "$log" 2>&1) &
    local pid=$!
    local ready=""
    local deadline=$(( $(date +%s) + ${READY_TIMEOUT:-1200} ))
    while [ "$(date +%s)" -lt $deadline ]; do
        if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' \
                && grep -q 'Started PortalApplication' "$log"; then
            ready=$(echo "$(date +%s.%N) - $t0" | bc); break
        fi
        kill -0 $pid 2>/dev/null || break
        sleep 0.1
    done
    local rss; rss=$(ps -o rss= -p $pid 2>/dev/null | tr -d ' ' || echo 0)
    # CPU seconds until ready: a fairer figure than wall time on a machine shared with other work
    local ticks; ticks=$(awk '{print $14 + $15}' /proc/$pid/stat 2>/dev/null || echo 0)
    local cpu; cpu=$(echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc)
    local page; page=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
    if [ -z "$ready" ]; then echo "$label: not ready, see $log"; tail -20 "$log"; return 1; fi
    printf '%-12s ready after %5.1f s, %5.1f CPU s (%s), RSS %d MB, GET /login %s, load %s\n' "$label" "$ready" \
        "$cpu" "$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$log" | head -1)" $((rss / 1024)) "$page" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    [ "$page" = 200 ]
}

echo "== starts (H2 in memory, sandbox)"
for i in $(seq 1 "$RUNS"); do
    ready_time "no-cache-$i"
    ready_time "aot-cache-$i" -XX:AOTCache=app.aot
done
