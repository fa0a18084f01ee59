package dev.skyway.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does what the {@code Dockerfile} does, with this build's JDK instead of Docker (none on the build machines), and
 * probes the result: extracts the packaged jar into its layers with the Dockerfile's own command, copies the layers in
 * the Dockerfile's order, makes the AOT cache with its training command, then starts its {@code ENTRYPOINT} with its
 * {@code JDK_JAVA_OPTIONS}. The start must become ready and serve the sign-in page, and it must use the cache:
 * {@code -XX:AOTMode=on} makes the JVM stop when the cache cannot be used (a class path or flag that differs from
 * the training run's). The commands are read from the Dockerfile, so a change there is tested here.
 */
class ImageStartIT {

    private static final Path DOCKERFILE = Path.of("..", "Dockerfile");
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final String H2_IN_MEMORY =
            "jdbc:h2:mem:image;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theImagesStartCommandBecomesReadyWithItsAotCacheAndServesTheSignInPage(@TempDir Path work)
            throws Exception {
        Dockerfile dockerfile = Dockerfile.read(DOCKERFILE);
        Path jar = packagedJar();

        // 1. the layers stage: extract, then copy the layers into one directory in the Dockerfile's order
        Path build = Files.createDirectories(work.resolve("build"));
        Files.copy(jar, build.resolve("portal.jar"));
        run(build, dockerfile.extraction(), Map.of(), work.resolve("extract.log"), Duration.ofMinutes(3));
        Path app = Files.createDirectories(work.resolve("app"));
        for (String layer : dockerfile.layers()) {
            copyTree(build.resolve("extracted").resolve(layer), app);
        }
        assertThat(app.resolve("app.jar")).exists();
        assertThat(app.resolve("lib")).isDirectory();

        // 2. the training run writes the AOT cache and exits by itself once the application is ready
        Map<String, String> trainingEnv = Map.of("SPRING_DATASOURCE_URL", H2_IN_MEMORY, "PORT", "0",
                "PORTAL_COST_DATADIR", work.resolve("training/cost").toString(),
                "PORTAL_COMPLIANCE_DATADIR", work.resolve("training/compliance").toString());
        int trainingExit = run(app, dockerfile.training(), trainingEnv, work.resolve("training.log"),
                TRAINING_TIMEOUT);
        assertThat(trainingExit).as("training run's exit code, see %s", tail(work.resolve("training.log")))
                .isZero();
        assertThat(app.resolve("app.aot")).as("the AOT cache").exists();

        // 3. the ENTRYPOINT, with the image's JDK_JAVA_OPTIONS and a port of our own
        int port = freePort();
        Path log = work.resolve("entrypoint.log");
        ProcessBuilder entrypoint = new ProcessBuilder(dockerfile.entrypoint()).directory(app.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        entrypoint.environment().putAll(Map.of("SPRING_DATASOURCE_URL", H2_IN_MEMORY, "PORT", String.valueOf(port),
                "PORTAL_COST_DATADIR", work.resolve("data/cost").toString(),
                "PORTAL_COMPLIANCE_DATADIR", work.resolve("data/compliance").toString(),
                "JDK_JAVA_OPTIONS", dockerfile.javaOptions() + " -XX:AOTMode=on"));
        Process portal = entrypoint.start();
        try {
            String readiness = awaitReadiness(portal, port, log);
            assertThat(readiness).contains("\"UP\"");
            HttpResponse<String> signIn = get(port, "/login");
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("<title>Skyway portal</title>");
            assertThat(get(port, "/actuator/health/liveness").body()).contains("\"UP\"");
        } finally {
            stop(portal);
        }
        assertThat(Files.readString(log)).as("the start's log").contains("Started PortalApplication")
                .doesNotContain("Loading static archive failed");
    }

    private String awaitReadiness(Process portal, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!portal.isAlive()) {
                throw new AssertionError("the ENTRYPOINT exited with " + portal.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
                if (readiness.statusCode() == 200) {
                    return readiness.body();
                }
            } catch (IOException notListeningYet) {
                // Tomcat starts late in the start
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready after " + READY_TIMEOUT + ":\n" + tail(log));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int run(Path directory, List<String> command, Map<String, String> env, Path log,
            Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not end within " + timeout + ":\n" + tail(log));
        }
        return process.exitValue();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("skyway-portal-app-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/: run mvn package first"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The commands of the Dockerfile, with {@code java} replaced by this build's JDK. */
    record Dockerfile(List<String> extraction, List<String> layers, List<String> training, List<String> entrypoint,
            String javaOptions) {

        private static final Pattern EXTRACT = Pattern.compile("(?m)^RUN java (-Djarmode=tools .*)$");
        private static final Pattern LAYER = Pattern.compile("(?m)^COPY --from=layers /build/extracted/([\\w-]+)/ \\./$");
        private static final Pattern TRAINING = Pattern.compile("java ((?:\\S+ )*?-XX:AOTCacheOutput=\\S+ (?:\\S+ )*?)-jar app\\.jar");
        private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$");
        private static final Pattern JAVA_OPTIONS = Pattern.compile("JDK_JAVA_OPTIONS=\"([^\"]*)\"");

        static Dockerfile read(Path file) throws IOException {
            // one logical line per instruction: continuation lines joined
            String text = Files.readString(file).replaceAll("\\\\\\R\\s*", " ");
            List<String> extraction = new ArrayList<>(List.of(java()));
            extraction.addAll(Arrays.asList(find(EXTRACT, text).split(" ")));
            List<String> layers = new ArrayList<>();
            Matcher layer = LAYER.matcher(text);
            while (layer.find()) {
                layers.add(layer.group(1));
            }
            List<String> training = new ArrayList<>(List.of(java()));
            training.addAll(Arrays.asList(find(TRAINING, text).trim().split(" ")));
            training.addAll(List.of("-jar", "app.jar"));
            List<String> entrypoint = new ArrayList<>();
            for (String part : find(ENTRYPOINT, text).split(",")) {
                entrypoint.add(part.trim().replaceAll("^\"|\"$", ""));
            }
            assertThat(entrypoint.getFirst()).isEqualTo("java");
            entrypoint.set(0, java());
            assertThat(layers).as("the layers the image copies")
                    .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
            return new Dockerfile(extraction, layers, training, entrypoint, find(JAVA_OPTIONS, text));
        }

        private static String find(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            assertThat(matcher.find()).as("the Dockerfile has %s", pattern).isTrue();
            return matcher.group(1);
        }

        private static String java() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
