package dev.skyway.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes bench/results/scale.md from one run's work folder: what was seeded and how long it took
 * ({@code seed.tsv}, {@code counts.tsv}), each list endpoint's latency under load from Gatling's
 * {@code js/stats.json} (its percentiles 1-4 are p50, p75, p95, p99), and the replicas' check
 * ({@code replicas.md}, when that part ran).
 */
public final class ScaleReport {

    static final double GOAL_P95_MS = 200;

    private ScaleReport() {
    }

    /** Arguments: work folder, result file, scale, users, seconds, pause ms. */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        StringBuilder md = new StringBuilder("# Scale benchmark\n\nMeasured by `bench/scale.sh` (SCALE=" + args[2]
                + ") on " + LocalDate.now() + ": " + Runtime.getRuntime().availableProcessors() + " cores shared"
                + " by the portal, PostgreSQL 17 (embedded) and the load generator; Java "
                + System.getProperty("java.version") + "; the portal jar with `-Xmx1g`, local profile (sandbox AWS,"
                + " demo users, HTTP Basic on the API), PostgreSQL through `SPRING_DATASOURCE_*`.\n\n");
        md.append("## Seeded organization\n\n| what | count | time |\n|---|---|---|\n");
        for (String line : lines(work.resolve("seed.tsv"))) {
            String[] f = line.split("\t");
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s s |%n", f[0], Long.parseLong(f[1]), f[2]));
        }
        md.append("\nIn the database afterwards:\n\n| what | count |\n|---|---|\n");
        for (String line : lines(work.resolve("counts.tsv"))) {
            String[] f = line.split("\t");
            md.append("| ").append(f[0]).append(" | ").append(f[1]).append(" |\n");
        }
        md.append("\n## REST list endpoints under load (Gatling)\n\n").append(args[3]).append(" concurrent users for ")
                .append(args[4]).append(" s, each going through every endpoint below as the role that reads it, ")
                .append(args[5]).append(" ms think time between requests; every request authenticates with HTTP ")
                .append("Basic (BCrypt) as API clients of the local profile do. Goal: p95 < 200 ms.\n\n")
                .append("| endpoint | requests (failed) | p50 | p95 | p99 | max | against the goal |\n")
                .append("|---|---|---|---|---|---|---|\n");
        JsonNode stats = gatlingStats(work.resolve("gatling"));
        List<JsonNode> rows = new ArrayList<>();
        stats.path("contents").forEach(rows::add);
        rows.add(stats);
        for (JsonNode row : rows) {
            JsonNode s = row.path("stats");
            double p95 = number(s.path("percentiles3").path("total"));
            md.append(String.format(Locale.ROOT, "| %s | %,d (%,d) | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s |%n",
                    s.path("name").asText(), (long) number(s.path("numberOfRequests").path("total")),
                    (long) number(s.path("numberOfRequests").path("ko")), number(s.path("percentiles1").path("total")),
                    p95, number(s.path("percentiles4").path("total")), number(s.path("maxResponseTime").path("total")),
                    p95 < GOAL_P95_MS ? "met" : "**missed**"));
        }
        md.append(String.format(Locale.ROOT, "%nThroughput: %.1f requests/s.%n", number(stats.path("stats")
                .path("meanNumberOfRequestsPerSecond").path("total"))));
        Path replicas = work.resolve("replicas.md");
        if (Files.exists(replicas)) {
            md.append("\n").append(Files.readString(replicas));
        }
        Path result = Path.of(args[1]);
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, md);
    }

    static JsonNode gatlingStats(Path results) throws IOException {
        try (Stream<Path> files = Files.walk(results)) {
            Path stats = files.filter(p -> p.endsWith(Path.of("js", "stats.json"))).findFirst()
                    .orElseThrow(() -> new IOException("no Gatling stats.json under " + results));
            return new ObjectMapper().readTree(stats.toFile());
        }
    }

    static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : node.asText().matches("[0-9.]+") ? Double.parseDouble(node.asText())
                : 0;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }
}
