#!/usr/bin/env bash
# Proof at scale, in one run (see bench/scale/): an embedded PostgreSQL seeded with a large organization through the
# portal itself (SCALE=1: 1,000 accounts, 10,000 product requests with approvals, 50,000 incidents, 1M findings,
# 10M cost rows), then Gatling against the main REST list endpoints, then the views in a browser and the heap per UI
# session, then two replicas on the same database.
# Figures go to bench/results/scale.md. SCALE (default 1; 0.01 for a quick run), USERS (50), LOAD_SECONDS (120),
# PAUSE_MS (1000: think time between a user's requests), SKIP_BUILD=1 (reuse the built jars) and PORTAL_JAVA_OPTS
# (extra JVM options for the portal, e.g. a JFR recording) can be set.
# After the load, on the same replica: each main view's time to interactive in headless Chromium (/usr/bin/chromium;
# VIEW_RUNS=20 measured loads per view after VIEW_WARMUP=3) and the heap per UI session with SESSIONS=100 open;
# SKIP_BROWSER=1 skips both, SKIP_REPLICAS=1 the two-replica part. KEEP_DB=1 keeps the seeded database (and the
# seeding's figures) in bench/scale/target/run; a later REUSE_DB=1 run measures against it without seeding again.
# SLOW_SQL_MS=n logs the statements slower than n ms to bench/scale/target/run/slow-sql.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME}/bin/java"
SCALE=${SCALE:-1}
DB_PORT=${DB_PORT:-15432}
PORT_A=${PORT_A:-18080}
PORT_B=${PORT_B:-18081}
WORK="$ROOT/bench/scale/target/run"
JDBC="jdbc:postgresql://localhost:${DB_PORT}/skyway"
rows() { awk -v s="$SCALE" -v n="$1" 'BEGIN { printf "%d", s * n }'; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ./mvnw -q -B -pl portal-app,modules/cost,modules/compliance -am package -DskipTests
    ./mvnw -q -B -pl modules/cost,modules/compliance dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
    ./mvnw -q -B -f bench/scale/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
BENCH_CP="$ROOT/bench/scale/target/classes:$(cat bench/scale/target/classpath.txt)"
COST_CP="$ROOT/modules/cost/target/test-classes:$ROOT/modules/cost/target/classes:$(cat modules/cost/target/bench.classpath)"
COMPLIANCE_CP="$ROOT/modules/compliance/target/test-classes:$ROOT/modules/compliance/target/classes:$(cat modules/compliance/target/bench.classpath)"
JAR=$(ls "$ROOT"/portal-app/target/skyway-portal-app-*.jar | grep -v plain | head -1)

if [ "${REUSE_DB:-0}" = 1 ]; then
    [ -f "$WORK/pgdata/PG_VERSION" ] || { echo "REUSE_DB=1: no database kept in $WORK (run once with KEEP_DB=1)"; exit 1; }
    rm -rf "$WORK"/replica-* "$WORK/gatling" "$WORK"/loadavg-* "$WORK/replicas.md"
else
    rm -rf "$WORK" && mkdir -p "$WORK"
fi
KEEP=""; if [ "${KEEP_DB:-0}" = 1 ] || [ "${REUSE_DB:-0}" = 1 ]; then KEEP=keep; fi
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# PostgreSQL: runs until this script ends
"$JAVA" -Djava.io.tmpdir="$WORK" -cp "$BENCH_CP" dev.skyway.bench.scale.Database "$DB_PORT" "$WORK/pgdata" $KEEP \
    > "$WORK/postgres.log" 2>&1 &
DB_PID=$!; PIDS+=("$DB_PID")
for _ in $(seq 120); do grep -q READY "$WORK/postgres.log" && break; sleep 1; done
grep -q READY "$WORK/postgres.log" || { cat "$WORK/postgres.log"; exit 1; }

# a replica of the portal: the jar as built, the local profile (sandbox AWS, demo users, HTTP Basic on the API)
# with the datasource set by environment, as docs/production.md describes
start_portal() {
    local port=$1 dir="$WORK/replica-$1"
    mkdir -p "$dir"
    (cd "$dir" && exec env "${REPLICA_ENV[@]}" SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
        PORT="$port" PORTAL_COST_DATADIR="$dir/cost" "$JAVA" -Xmx1g ${PORTAL_JAVA_OPTS:-} -Djava.io.tmpdir="$dir" -jar "$JAR" \
        > "$dir/portal.log" 2>&1) &
    echo $!
}
await_portal() {
    for _ in $(seq 600); do
        curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q UP && return 0
        sleep 1
    done
    tail -50 "$WORK/replica-$1/portal.log"; return 1
}

REPLICA_ENV=()
START=$(date +%s)
A_PID=$(start_portal "$PORT_A"); PIDS+=("$A_PID")
await_portal "$PORT_A"
echo "replica A up on $PORT_A after $(( $(date +%s) - START )) s (Flyway created the schema)"

# seeding: the organization in SQL and through the API, then the two modules' generators through their imports
if [ "${REUSE_DB:-0}" != 1 ]; then
    "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.Seeder "$JDBC" "http://127.0.0.1:$PORT_A" "$SCALE" "$WORK"
    COST_ROWS=$(rows 10000000); FINDINGS=$(rows 1000000)
    (cd modules/cost && "$JAVA" -Xmx1g -cp "$COST_CP" dev.skyway.bench.FocusFileMain "$COST_ROWS" "$WORK/focus.parquet")
    "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.Importer "http://127.0.0.1:$PORT_A" cost "$WORK/focus.parquet" "$WORK" "$COST_ROWS"
    (cd modules/compliance && "$JAVA" -Xmx1g -cp "$COMPLIANCE_CP" dev.skyway.bench.FindingsFileMain "$FINDINGS" \
        "$WORK/accounts.txt" "$WORK/findings.csv")
    "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.Importer "http://127.0.0.1:$PORT_A" findings "$WORK/findings.csv" "$WORK" "$FINDINGS"
    "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.Maintenance "$JDBC" "$WORK"
    rm -f "$WORK/focus.parquet" "$WORK/findings.csv"
fi

# load: Gatling against replica A (its statistics writer needs java.lang opened)
cat /proc/loadavg > "$WORK/loadavg-before"
"$JAVA" -Xmx512m --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -cp "$BENCH_CP" -Dportal="http://127.0.0.1:$PORT_A" -Dusers="${USERS:-50}" \
    -Dseconds="${LOAD_SECONDS:-120}" -Dpause="${PAUSE_MS:-1000}" io.gatling.app.Gatling \
    --simulation dev.skyway.bench.scale.ListEndpointsSimulation --results-folder "$WORK/gatling" \
    > "$WORK/gatling.log" 2>&1 || { tail -40 "$WORK/gatling.log"; exit 1; }
cat /proc/loadavg > "$WORK/loadavg-after"

# what a person in a browser gets, on replica A after the load: each main view's time to interactive in headless
# Chromium, then the live heap per UI session with SESSIONS logged-in sessions open
if [ "${SKIP_BROWSER:-0}" != 1 ]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.ViewTiming \
        "http://127.0.0.1:$PORT_A" "${VIEW_RUNS:-20}" "${VIEW_WARMUP:-3}" "$WORK" "$A_PID" 2>&1 | tee "$WORK/views.log"
    cat /proc/loadavg > "$WORK/loadavg-views"
    "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.UiSessionHeap "http://127.0.0.1:$PORT_A" "${SESSIONS:-100}" \
        "$A_PID" "$JAVA_HOME/bin/jcmd" engineer "$WORK"
fi

# two replicas on the same database: A restarted and B, both with a short sync interval and a sandbox provisioning
# record that stays IN_PROGRESS long enough to kill A in the middle of it
if [ "${SKIP_REPLICAS:-0}" != 1 ]; then
    kill "$A_PID"; while kill -0 "$A_PID" 2>/dev/null; do sleep 1; done
    SYNC_SECONDS=${SYNC_SECONDS:-30}
    REPLICA_ENV=(PORTAL_ACCOUNTS_SYNCINTERVAL="PT${SYNC_SECONDS}S" PORTAL_CATALOG_SYNCINTERVAL="PT${SYNC_SECONDS}S"
        PORTAL_CATALOG_SANDBOX_PROVISIONINGDELAY=PT45S)
    A_PID=$(start_portal "$PORT_A"); PIDS+=("$A_PID")
    B_PID=$(start_portal "$PORT_B"); PIDS+=("$B_PID")
    await_portal "$PORT_A"; await_portal "$PORT_B"
    "$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.ReplicaCheck "$JDBC" "http://127.0.0.1:$PORT_A" "$A_PID" \
        "http://127.0.0.1:$PORT_B" "$WORK/replica-$PORT_A/portal.log" "$WORK/replica-$PORT_B/portal.log" \
        "${SYNC_WINDOW:-150}" "$SYNC_SECONDS" "$WORK"
fi

"$JAVA" -cp "$BENCH_CP" dev.skyway.bench.scale.ScaleReport "$WORK" "$ROOT/bench/results/scale.md" "$SCALE" \
    "${USERS:-50}" "${LOAD_SECONDS:-120}" "${PAUSE_MS:-1000}"
cat "$ROOT/bench/results/scale.md"
