package dev.skyway.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * Writes bench/results/scale.md from one run's work folder: what was seeded and how long it took
 * ({@code seed.tsv}, {@code counts.tsv}), each list endpoint's latency under load from Gatling's report, the views'
 * time to interactive and the heap per UI session ({@link BrowserReport}) and the replicas' check ({@code replicas.md}),
 * each when that part ran.
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
                .append(args[4]).append(" s, logged in as the role that reads each list (4 in 10 engineers, 2 approvers, 2 finance, 2 ")
                .append("security), each going through their lists again and again, ")
                .append(args[5]).append(" ms think time between requests. Goal: p95 < 200 ms.\n\n")
                .append("| endpoint | requests (failed) | p50 | p95 | p99 | max | against the goal |\n")
                .append("|---|---|---|---|---|---|---|\n");
        List<String[]> rows = gatlingRows(work.resolve("gatling"));
        for (String[] r : rows) {
            double p95 = number(r[COL_P95]);
            boolean login = r[0].contains("login") || r[0].contains("HTTP Basic");
            md.append(String.format(Locale.ROOT, "| %s | %s (%s) | %s ms | %s ms | %s ms | %s ms | %s |%n", r[0],
                    r[COL_TOTAL], r[COL_KO].equals("-") ? "0" : r[COL_KO], r[COL_P50], r[COL_P95], r[COL_P99],
                    r[COL_MAX], login || r[0].equals("All Requests") ? "" : p95 < GOAL_P95_MS ? "met" : "**missed**"));
        }
        md.append(String.format(Locale.ROOT, "%nThroughput: %s requests/s. Every row that is not a login is a list"
                + " call on a logged-in session (cookie), as the portal's own pages and a browser make them; the"
                + " HTTP Basic row checks a BCrypt password on every call.%n", rows.isEmpty() ? "?" : rows.getFirst()[
                COL_RATE]));
        md.append(String.format(Locale.ROOT, "The machine's load average (1, 5, 15 min; 2 cores) before the load: %s,"
                + " after it: %s. Other work shares the machine: a load far above 2 means the figures measure the"
                + " queue for a core as much as the portal.%n", loadAverage(work, "before"), loadAverage(work, "after")));
        md.append(BrowserReport.views(work)).append(BrowserReport.cpu(work)).append(BrowserReport.sessions(work));
        Path replicas = work.resolve("replicas.md");
        if (Files.exists(replicas)) {
            md.append("\n").append(Files.readString(replicas));
        }
        Path result = Path.of(args[1]);
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, md);
    }

    // the columns of Gatling's statistics table (index.html): name, total, OK, KO, % KO, rate, min, p50, p75, p95,
    // p99, max, mean, std
    static final int COL_TOTAL = 1;
    static final int COL_KO = 3;
    static final int COL_RATE = 5;
    static final int COL_P50 = 7;
    static final int COL_P95 = 9;
    static final int COL_P99 = 10;
    static final int COL_MAX = 11;
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /** Gatling 3.14 writes its statistics only into the HTML report (and a binary simulation.log): its table rows. */
    static List<String[]> gatlingRows(Path results) throws IOException {
        Path index;
        try (Stream<Path> files = Files.walk(results)) {
            index = files.filter(p -> p.getFileName().toString().equals("index.html")).findFirst()
                    .orElseThrow(() -> new IOException("no Gatling report under " + results));
        }
        String html = Files.readString(index);
        List<String[]> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            if (!name.find()) {
                continue;
            }
            String[] cells = new String[14];
            cells[0] = name.group(1).replace("&amp;", "&").replace("&#39;", "'");
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                int col = Integer.parseInt(cell.group(1));
                if (col >= 2 && col <= 14) {
                    cells[col - 1] = cell.group(2).strip();
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    static String loadAverage(Path work, String when) throws IOException {
        Path file = work.resolve("loadavg-" + when);
        if (!Files.exists(file)) {
            return "?";
        }
        String[] f = Files.readString(file).strip().split(" ");
        return f[0] + " / " + f[1] + " / " + f[2];
    }

    static double number(String value) {
        return value != null && value.matches("[0-9.]+") ? Double.parseDouble(value) : 0;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }
}
