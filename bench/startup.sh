#!/usr/bin/env bash
# Startup and memory benchmark (issue 14): one command, figures in bench/results/startup.md.
# Does what the Dockerfile does (layered extraction, AOT cache training run) with the local JDK, then starts the
# extracted application (embedded default: H2 file database, sandbox AWS, demo users) without and with the AOT cache
# and measures: time and CPU seconds to readiness UP, idle RSS (VmRSS) and classes loaded after IDLE_WAIT seconds,
# the start's slowest steps (BufferingApplicationStartup), and the live heap per open UI session (SESSIONS logged-in
# browser contexts in one headless Chromium, see portal-app/src/test/java/dev/skyway/bench/SessionHeap.java).
#
#   XMX=512m         the heap limit every start uses (the documented production -Xmx; default 512m)
#   SESSIONS=50      UI sessions opened for the heap figure (0 skips it; needs /usr/bin/chromium)
#   IDLE_WAIT=30     seconds after readiness at which the first RSS is read; the idle RSS and the classes are read
#                    later, once the application is quiet (its first-start sandbox seeding done; QUIET_MAX=300 s)
#   RUNS=1           starts per variant (the report keeps the median)
#   AOT=1            0 skips the AOT cache (no training run, no AOT starts; the sessions start without it): to iterate
#   SKIP_BUILD=1     use the built jar and bench classes (portal-app/target) instead of building them
#   MVN_FLAGS=-o     extra Maven flags (e.g. offline)
#   JAR=...          measure this jar instead (e.g. an older build, for a before/after comparison)
#   RESULTS_FILE=... write the figures there instead of bench/results/startup.md
#   WORK=...         scratch directory (default portal-app/target/startup-bench)
# The machine may be busy with other work: wall times vary with its load, CPU seconds much less; both are reported,
# with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="$JAVA_HOME/bin/java"
XMX=${XMX:-512m}
SESSIONS=${SESSIONS:-50}
IDLE_WAIT=${IDLE_WAIT:-30}
RUNS=${RUNS:-1}
AOT=${AOT:-1}
WORK=${WORK:-$ROOT/portal-app/target/startup-bench}
mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd)
RESULTS="$ROOT/bench/results/startup.md"
# the Dockerfile's ENTRYPOINT flags and its training run's (keep them in step), at the documented heap limit
JVM_FLAGS=(-XX:+UseG1GC "-Xmx$XMX" -XX:+ExitOnOutOfMemoryError -XX:G1PeriodicGCInterval=10000 -XX:MaxHeapFreeRatio=30
    -XX:MinHeapFreeRatio=10 -XX:TrimNativeHeapInterval=60000)
TRAINING_DB="jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
# the embedded default's H2 file database (application.yml), in a fresh directory per start
DB_URL="jdbc:h2:file:$WORK/data/skyway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== building the jar and the bench classes"
    ./mvnw -q -B ${MVN_FLAGS:-} -pl portal-app -am -DskipTests package
    ./mvnw -q -B ${MVN_FLAGS:-} -pl portal-app -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
# the heap step's client (SessionHeap) runs on the test classes and this classpath: with SKIP_BUILD=1 the classpath
# is written here when missing (a dependency resolution, no build), and missing test classes stop the run now rather
# than after the starts
if [ "$SESSIONS" != 0 ] && [ ! -s portal-app/target/bench.classpath ]; then
    echo "== writing the bench classpath (portal-app/target/bench.classpath)"
    ./mvnw -q -B ${MVN_FLAGS:-} -pl portal-app -am dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
if [ "$SESSIONS" != 0 ] && [ ! -f portal-app/target/test-classes/dev/skyway/bench/SessionHeap.class ]; then
    echo "portal-app/target/test-classes has no bench classes: run without SKIP_BUILD=1, or build them with" \
        "./mvnw -pl portal-app -am test-compile, or set SESSIONS=0" >&2
    exit 1
fi
JAR=${JAR:-$(ls "$ROOT"/portal-app/target/skyway-portal-app-*.jar | head -1)}
RESULTS=${RESULTS_FILE:-$RESULTS}

echo "== extracting $JAR (layers, as the Dockerfile does)"
rm -rf "$WORK/extracted" "$WORK/app" "$WORK/training" "$WORK/steps.tsv" "$WORK/steps.md" && mkdir -p "$WORK/app"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --layers --application-filename app.jar --destination "$WORK/extracted"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    cp -a "$WORK/extracted/$layer/." "$WORK/app/"
done
LIBS=$(ls "$WORK/app/lib" | wc -l)
LIB_MB=$(du -sm "$WORK/app/lib" | cut -f1)

AOT_FLAGS=()
if [ "$AOT" = 1 ]; then
    echo "== AOT training run"
    t0=$(date +%s.%N)
    (cd "$WORK/app" && SPRING_DATASOURCE_URL="$TRAINING_DB" PORTAL_COST_DATADIR="$WORK/training/cost" \
        PORTAL_COMPLIANCE_DATADIR="$WORK/training/compliance" \
        "$JAVA" "${JVM_FLAGS[@]}" -XX:AOTCacheOutput=app.aot -Dportal.startup.exit-when-ready=true -jar app.jar \
        > "$WORK/training.log" 2>&1)
    TRAINING_S=$(echo "$(date +%s.%N) - $t0" | bc)
    AOT_MB=$(du -m "$WORK/app/app.aot" | cut -f1)
    AOT_FLAGS=(-XX:AOTCache=app.aot)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

# start LABEL [JVM flags...]: starts the application, waits for readiness UP, idles, measures; leaves APP_PID, PORT
# and LOG set and appends "label ready cpu rss classes tomcat started load" to $WORK/starts.txt
start() {
    local label=$1; shift
    PORT=$(free_port)
    # the application's files (jar, libraries, AOT cache) in the page cache, as for a restart on the same node; COLD=1
    # drops the page cache first (as root), as for a node that has never run the image or has evicted it. This
    # machine's kernel pages out memory unused for about a minute (DAMON reclaim), so without either the starts after
    # an idle wait would read part of their files from disk, by chance
    if [ "${COLD:-0}" = 1 ]; then
        sync; echo 1 > /proc/sys/vm/drop_caches
    else
        cat "$WORK/app/app.jar" "$WORK"/app/lib/* "$WORK"/app/*.aot > /dev/null 2>&1 || true
    fi
    LOG="$WORK/$label.log"
    # a first start migrates and seeds a fresh database; KEEP_DATA=1 restarts on the previous start's (a replica's
    # restart: PostgreSQL is already migrated)
    [ "${KEEP_DATA:-0}" = 1 ] || { rm -rf "$WORK/data" && mkdir -p "$WORK/data"; }
    local t0; t0=$(date +%s.%N)
    # from the application's directory with a relative -jar, as in the image: the AOT cache checks the class path
    (cd "$WORK/app" && exec env PORT="$PORT" PORTAL_COST_DATADIR="$WORK/data/cost" \
        PORTAL_COMPLIANCE_DATADIR="$WORK/data/compliance" SPRING_DATASOURCE_URL="$DB_URL" \
        "$JAVA" "${JVM_FLAGS[@]}" "$@" -jar app.jar > "$LOG" 2>&1) &
    APP_PID=$!
    local ready="" cpu=""
    while kill -0 "$APP_PID" 2>/dev/null; do
        if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            ready=$(echo "$(date +%s.%N) - $t0" | bc); cpu=$(cpu_seconds "$APP_PID"); break
        fi
        sleep 0.1
    done
    if [ -z "$ready" ]; then echo "$label did not start, see $LOG"; tail -20 "$LOG"; exit 1; fi
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    sleep "$IDLE_WAIT"
    local rss_early; rss_early=$(rss_mb "$APP_PID")
    # idle: a first start of the embedded default seeds its sandbox after readiness (90 days of compliance imports,
    # a year of cost line items through DuckDB, the anomaly scan), which takes about a minute on 2 cores; the idle
    # figure is read once the process used under 5 % of a core for 5 s (at most QUIET_MAX seconds after readiness)
    local quiet=$IDLE_WAIT
    while [ "$quiet" -lt "${QUIET_MAX:-300}" ]; do
        local c0; c0=$(cpu_seconds "$APP_PID"); sleep 5; quiet=$((quiet + 5))
        awk -v a="$c0" -v b="$(cpu_seconds "$APP_PID")" 'BEGIN { exit !(b - a < 0.25) }' && break
    done
    local rss; rss=$(rss_mb "$APP_PID")
    local classes; classes=$("$JAVA_HOME/bin/jstat" -class "$APP_PID" | awk 'NR == 2 {print $1}')
    # when Tomcat was initialized, and Spring's own figure, from the log
    local tomcat; tomcat=$(python3 - "$LOG" "$t0" <<'PY'
import re, sys, datetime
t0 = float(sys.argv[2])
for line in open(sys.argv[1], errors="replace"):
    if "Tomcat initialized" in line:
        ts = datetime.datetime.fromisoformat(line.split()[0].replace("Z", "+00:00")).timestamp()
        print("%.1f" % (ts - t0)); break
else:
    print("?")
PY
)
    local started; started=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$LOG" | grep -o '[0-9.]*' || echo '?')
    printf '%s %.1f %s %s %s %s %s %s %s %s\n' "$label" "$ready" "$cpu" "$rss" "$classes" "$tomcat" "$started" "$load" \
        "$rss_early" "$quiet" >> "$WORK/starts.txt"
    printf '%-10s ready %5.1f s, %5s CPU s, RSS %s MB after %s s, idle RSS %s MB (quiet %s s after ready), %s classes, Tomcat at %s s, load %s\n' \
        "$label" "$ready" "$cpu" "$rss_early" "$IDLE_WAIT" "$rss" "$quiet" "$classes" "$tomcat" "$load"
}
stop() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

: > "$WORK/starts.txt"
echo "== starts (-Xmx$XMX, idle $IDLE_WAIT s before RSS)"
for i in $(seq 1 "$RUNS"); do
    start "plain-$i"; stop
    if [ "$AOT" = 1 ]; then
        start "aot-$i" -XX:AOTCache=app.aot; stop
        KEEP_DATA=1 start "restart-$i" -XX:AOTCache=app.aot; stop
        if [ -w /proc/sys/vm/drop_caches ]; then COLD=1 start "cold-$i" -XX:AOTCache=app.aot; stop; fi
    fi
done

echo "== the start's steps (BufferingApplicationStartup, no AOT cache)"
start steps "-Dportal.startup.steps-file=$WORK/steps.tsv"; stop
[ -f "$WORK/steps.tsv" ] || echo "(no steps: this jar does not write them)" > "$WORK/steps.tsv.missing"
[ ! -f "$WORK/steps.tsv" ] || python3 - "$WORK/steps.tsv" > "$WORK/steps.md" <<'PY'
import sys, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
steps = [(int(r[0]), r[3], r[4] if len(r) > 4 else "") for r in rows]
def bean(tags):
    for t in tags.split(" "):
        if t.startswith("beanName="): return t[len("beanName="):]
    return tags[:80]
print("| ms | step | bean / tags |\n|---:|---|---|")
top = sorted((s for s in steps if s[1] != "spring.beans.instantiate"), key=lambda s: -s[0])[:8]
for ms, name, tags in top:
    print(f"| {ms} | {name} | {tags[:90]} |")
beans = sorted((s for s in steps if s[1] == "spring.beans.instantiate"), key=lambda s: -s[0])[:20]
for ms, name, tags in beans:
    print(f"| {ms} | {name} | {bean(tags)} |")
PY

HEAP_LINE="not measured (SESSIONS=0)"
if [ "$SESSIONS" != 0 ]; then
    echo "== heap per UI session ($SESSIONS sessions${AOT_FLAGS:+, AOT cache})"
    start sessions ${AOT_FLAGS[@]+"${AOT_FLAGS[@]}"}
    CP="$ROOT/portal-app/target/test-classes:$(cat "$ROOT/portal-app/target/bench.classpath")"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -cp "$CP" dev.skyway.bench.SessionHeap "http://127.0.0.1:$PORT" \
        "$SESSIONS" "$APP_PID" "$JAVA_HOME/bin/jcmd" | tee "$WORK/sessions.txt"
    RSS_SESSIONS=$(rss_mb "$APP_PID")
    stop
    per=$(awk -F= '/heap_per_session_bytes/ {printf "%d", $2 / 1024}' "$WORK/sessions.txt")
    before=$(awk -F= '/heap_before_bytes/ {printf "%d", $2 / 1048576}' "$WORK/sessions.txt")
    after=$(awk -F= '/heap_after_bytes/ {printf "%d", $2 / 1048576}' "$WORK/sessions.txt")
    freed=$(awk -F= '/heap_freed_per_session_bytes/ {printf "%d", $2 / 1024}' "$WORK/sessions.txt")
    nodes=$(awk -F= '/state_nodes_per_session/ {print $2}' "$WORK/sessions.txt")
    # the heap the sessions free when they log out: the growth while they open is blurred by the application's
    # own background work (seeds, the cost import, H2's page cache), which can shrink the heap meanwhile
    HEAP_LINE="$freed kB per session, freed when $SESSIONS logged-in sessions log out ($nodes Vaadin state nodes a session; live heap $before MB after three warm-up sessions, $after MB with the $SESSIONS open, each read once quiet, i.e. $per kB a session by growth; RSS then $RSS_SESSIONS MB)"
fi

# the median of each variant's starts
median() { grep "^$1-" "$WORK/starts.txt" | awk -v c="$2" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
row() {
    printf '| %s | %s s | %s s | %s s | %s s | %s MB | %s MB (%s s) | %s |\n' "$2" "$(median "$1" 2)" "$(median "$1" 3)" \
        "$(median "$1" 6)" "$(median "$1" 7)" "$(median "$1" 9)" "$(median "$1" 4)" "$(median "$1" 10)" \
        "$(median "$1" 5)"
}
{
    echo "# Startup and memory"
    echo
    echo "\`bench/startup.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)."
    echo "Jar: $(basename "$JAR"), $(du -m "$JAR" | cut -f1) MB, $LIBS libraries ($LIB_MB MB) after extraction."
    if [ "$AOT" = 1 ]; then
        echo "AOT training run: $(printf '%.0f' "$TRAINING_S") s, cache $AOT_MB MB. Flags: \`${JVM_FLAGS[*]}\`; embedded"
    else
        echo "No AOT cache (AOT=0: no training run, no AOT starts). Flags: \`${JVM_FLAGS[*]}\`; embedded"
    fi
    echo "default (H2 file database, created and migrated by Flyway at each first start, sandbox AWS); median of $RUNS start(s);"
    echo "the application's files are read into the page cache before each start, except in the row that drops it."
    echo "Load average during the starts: $(awk '{print $8}' "$WORK/starts.txt" | tr '\n' ' ')(2 cores shared with"
    echo "other builds: wall times vary with the load, CPU seconds much less)."
    echo
    echo "| variant | ready (readiness UP) | CPU s until ready | Tomcat initialized | Spring's \"Started in\" | RSS $IDLE_WAIT s after ready | idle RSS (quiet, seconds after ready) | classes loaded |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    row plain "no AOT cache"
    [ "$AOT" != 1 ] || row aot "AOT cache (\`-XX:AOTCache=app.aot\`)"
    [ "$AOT" != 1 ] || row restart "AOT cache, restart (the database migrated and seeded by the start before)"
    [ "$AOT" != 1 ] || ! grep -q '^cold-' "$WORK/starts.txt" || row cold "AOT cache, files not in the page cache (dropped before the start)"
    echo
    echo "Heap per open UI session (logged in, on the home page): $HEAP_LINE."
    echo
    echo "Goals (issue 14): ready < 10 s with the AOT cache, < 20 s without; idle RSS < 600 MB at -Xmx$XMX;"
    echo "< 500 kB heap per UI session."
    echo
    echo "## Slowest steps of a start (no AOT cache; a bean's time includes the beans it creates first)"
    echo
    cat "$WORK/steps.md" 2>/dev/null || echo "Not recorded: this jar does not write its steps (-Dportal.startup.steps-file)."
    # what was written by hand below the marker stays
    if [ -f "$RESULTS" ] && grep -q '^<!-- written by hand below' "$RESULTS"; then
        echo; awk '/^<!-- written by hand below/ {f = 1} f' "$RESULTS"
    fi
} > "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
echo "== written $RESULTS"
cat "$RESULTS"
