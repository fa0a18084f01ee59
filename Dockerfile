# syntax=docker/dockerfile:1
# Skyway portal image. Build the jar first (the image does not run Maven), then the image:
#   ./mvnw -DskipTests package && docker build -t skyway-portal .
# The image runs the layered, extracted application on a Temurin 25 JRE as a non-root user, with a JDK 25 AOT cache
# (JEP 483/514/515: classes loaded and linked, method profiles) made by a training run at build time.
# deploy/container/startup-check.sh does the same steps with a local JDK (no Docker) and measures the start.

ARG JAVA_IMAGE=eclipse-temurin:25-jre-noble

# 1. layers: dependencies change rarely, the portal's own module jars (snapshot-dependencies) and app jar often, so
#    a rebuild after a code change only replaces the last layers. Without --launcher the extraction is a plain
#    app.jar + lib/ class path, which the AOT cache can hold (it does not cover classes that Spring Boot's launcher
#    loads through its own class loader: measured, see docs/production.md).
FROM ${JAVA_IMAGE} AS layers
WORKDIR /build
COPY portal-app/target/skyway-portal-app-*.jar portal.jar
RUN java -Djarmode=tools -jar portal.jar extract --layers --application-filename app.jar --destination extracted

FROM ${JAVA_IMAGE}
RUN groupadd --system --gid 10001 skyway \
 && useradd --system --uid 10001 --gid skyway --home-dir /app --no-create-home --shell /usr/sbin/nologin skyway
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./

# 2. AOT cache. The training run starts the application (H2 in memory, the sandbox, no network) and exits once it
#    is ready (portal.startup.exit-when-ready: after Tomcat's start and the runners that install the shipped
#    content, which a cache made at the context's refresh would miss); the JVM then writes app.aot. The run must use the same
#    JVM, class path and GC as production: keep these flags in step with the ENTRYPOINT (-Xmx only keeps the heap,
#    and with it compressed oops, the same whatever the build host's memory).
RUN SPRING_DATASOURCE_URL='jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
    PORTAL_COST_DATADIR=/tmp/training/cost PORTAL_COMPLIANCE_DATADIR=/tmp/training/compliance \
    java -XX:+UseG1GC -Xmx1g -XX:AOTCacheOutput=app.aot -Dportal.startup.exit-when-ready=true -jar app.jar \
 && rm -rf /tmp/training /app/data

USER 10001:10001
# The root file system may be read-only: only /tmp (Tomcat, DuckDB's native library) and the data directory are
# written. Mount a volume at /var/lib/skyway (the chart does). HOME points at /tmp too, for libraries that keep files
# in the user's home (DuckDB's extension directory).
ENV HOME=/tmp \
    PORTAL_COST_DATADIR=/var/lib/skyway/cost \
    PORTAL_COMPLIANCE_DATADIR=/var/lib/skyway/compliance \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -XX:G1PeriodicGCInterval=10000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:TrimNativeHeapInterval=60000"
EXPOSE 8080 9090
# -XX:AOTCache: use the cache (a cache that does not match the JVM or class path is skipped with a warning, never
# an error). JDK_JAVA_OPTIONS holds the tunable flags: heap share of the container's memory, GC logging, etc.
ENTRYPOINT ["java", "-XX:+UseG1GC", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
