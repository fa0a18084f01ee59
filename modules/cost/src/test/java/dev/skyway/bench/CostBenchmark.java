package dev.skyway.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.TestUsers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The cost engine at scale, in one run on one machine (bench/cost.sh): a FOCUS file of N rows (default 10M) as CSV
 * and Parquet, imported by the portal into PostgreSQL against a plain PostgreSQL COPY of the same CSV; the rollup's
 * size; a dashboard query through the portal against the same SQL straight on the rollup table; heap and RSS during
 * the import against DuckDB's memory limit; and Cost Explorer requests made by dashboard views. Figures go to
 * {@code bench/results/cost.md}. Goals are reported, not asserted.
 */
public final class CostBenchmark {

    static final String DUCKDB_LIMIT = System.getProperty("duckdb.memory", "512MB");
    static final int QUERY_RUNS = 40;

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(System.getProperty("rows", "10000000"));
        Path work = Files.createDirectories(Path.of(System.getProperty("work", "target/bench")));
        Path results = Path.of(System.getProperty("results", "../../bench/results/cost.md"));
        List<String[]> table = new ArrayList<>();

        long t0 = System.nanoTime();
        Path csv = work.resolve("focus.csv");
        Path parquet = work.resolve("focus.parquet");
        FocusFiles.write(rows, csv, parquet);
        log("generated %,d rows in %.1f s (CSV %,d MB, Parquet %,d MB)", rows, secs(t0), Files.size(csv) >> 20,
                Files.size(parquet) >> 20);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String database = database(postgres);
            DataSource ds = postgres.getDatabase("postgres", database);
            CpuTime copyStart = CpuTime.now(postgres.getPort());
            double copySeconds = copyBaseline(ds, csv);
            CpuTime copyCpu = CpuTime.now(postgres.getPort()).since(copyStart);
            log("PostgreSQL COPY: %.1f s, %s", copySeconds, copyCpu.text());
            try (ConfigurableApplicationContext context = portal(postgres, database, work)) {
                TestUsers.loginAs("bench", Role.FINANCE);
                CostImports imports = context.getBean(CostImports.class);
                CostImporter importer = context.getBean(CostImporter.class);
                // a running portal has compiled its import code long before: a small file of the same period first
                Path warmCsv = work.resolve("warm-up.csv");
                Path warmParquet = work.resolve("warm-up.parquet");
                FocusFiles.write(50_000, warmCsv, warmParquet);
                timeImport(imports, warmCsv, "CSV", new Memory());
                timeImport(imports, warmParquet, "PARQUET", new Memory());
                importer.awaitIdle();
                Memory csvMemory = new Memory();
                CpuTime csvStart = CpuTime.now(postgres.getPort());
                double csvSeconds = timeImport(imports, csv, "CSV", csvMemory);
                CpuTime csvCpu = CpuTime.now(postgres.getPort()).since(csvStart);
                // the anomaly scan that follows an import runs on the import worker: each measure starts after it
                importer.awaitIdle();
                long rollupRows = count(ds, "select count(*) from cost.daily_cost");
                long tagRows = count(ds, "select count(*) from cost.daily_tag_cost");
                // a different file of the same period: the import replaces the period, as a restatement does
                Memory parquetMemory = new Memory();
                CpuTime parquetStart = CpuTime.now(postgres.getPort());
                double parquetSeconds = timeImport(imports, parquet, "PARQUET", parquetMemory);
                CpuTime parquetCpu = CpuTime.now(postgres.getPort()).since(parquetStart);
                importer.awaitIdle();

                Latency portal = latency(() -> context.getBean(CostReports.class).breakdown(new CostQuery(
                        FocusFiles.MONTH, FocusFiles.MONTH.plusMonths(1), CostMetric.EffectiveCost, "team",
                        Map.of(), null)).total());
                Latency raw;
                try (Connection kept = ds.getConnection()) {
                    raw = latency(() -> rawQuery(kept));
                }
                Latency overview = latency(() -> context.getBean(CostInsights.class)
                        .overview(CostMetric.EffectiveCost).monthToDate());
                long ceCalls = count(ds, "select count(*) from cost.ce_request");

                table.add(row("rows", String.format(Locale.ROOT, "%,d", rows), ""));
                table.add(row("PostgreSQL COPY of the CSV into a plain table (baseline)", fmt(copySeconds) + " s",
                        rate(rows, copySeconds) + "; " + copyCpu.text()));
                table.add(row("portal import, CSV (DuckDB read + checks + Parquet + rollup into PostgreSQL)",
                        fmt(csvSeconds) + " s", rate(rows, csvSeconds) + ", " + ratio(copySeconds, csvSeconds)
                                + " of COPY's speed (goal ≥ 1.0×); " + csvCpu.text()));
                table.add(row("portal import, Parquet", fmt(parquetSeconds) + " s", rate(rows, parquetSeconds)
                        + ", " + ratio(copySeconds, parquetSeconds) + " of COPY's speed; " + parquetCpu.text()));
                table.add(row("rollup size", String.format(Locale.ROOT, "%,d daily + %,d tag rows", rollupRows,
                        tagRows), String.format(Locale.ROOT, "%.1f line items per rollup row",
                        rows / (double) Math.max(1, rollupRows))));
                table.add(row("dashboard query through the portal (month by team), p50 / p95",
                        portal.text(), String.format(Locale.ROOT, "%.2f× the raw SQL's p95 (goal ≤ 1.5×, "
                                + "p95 < 200 ms)", portal.p95 / Math.max(0.001, raw.p95))));
                table.add(row("same SQL straight on the rollup table, p50 / p95", raw.text(), "baseline"));
                table.add(row("overview (5 queries and a forecast), p50 / p95", overview.text(), ""));
                table.add(row("heap peak during import (CSV / Parquet)", mb(csvMemory.heapPeak) + " / "
                        + mb(parquetMemory.heapPeak), ""));
                table.add(row("RSS growth during import (CSV / Parquet)", mb(csvMemory.rssGrowth()) + " / "
                        + mb(parquetMemory.rssGrowth()), "goal ≤ DuckDB limit " + DUCKDB_LIMIT + " + 256 MB"));
                table.add(row("Cost Explorer requests made by the dashboard views", String.valueOf(ceCalls),
                        "goal 0"));
            }
        }
        String markdown = markdown(table);
        System.out.println(markdown);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, "# Cost benchmark\n\nMeasured by `bench/cost.sh` on " + LocalDate.now()
                + " (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", DuckDB memory limit " + DUCKDB_LIMIT + ").\n\n"
                + markdown);
        System.exit(0);
    }

    static String database(EmbeddedPostgres postgres) throws Exception {
        String database = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        return database;
    }

    static ConfigurableApplicationContext portal(EmbeddedPostgres postgres, String database, Path work) {
        return new SpringApplicationBuilder(CostTestApplication.class).properties(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                "portal.cost.data-dir=" + work.resolve("data").toAbsolutePath(),
                "portal.cost.duckdb.memory-limit=" + DUCKDB_LIMIT,
                "logging.level.dev.skyway=INFO", "logging.level.dev.skyway.portal.cost.internal.CostImporter=DEBUG").run();
    }

    static double copyBaseline(DataSource ds, Path csv) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // its own schema: Flyway migrates the portal's schemas into this database afterwards
            s.execute("create schema baseline");
            s.execute("create table baseline.raw_focus (" + String.join(", ", FocusFiles.COLUMNS.stream()
                    .map(name -> "\"" + name + "\" text").toList()) + ")");
            long t = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv)) {
                new CopyManager(c.unwrap(BaseConnection.class)).copyIn(
                        "copy baseline.raw_focus from stdin with (format csv, header true)", in);
            }
            double seconds = secs(t);
            // what the COPY leaves behind (autovacuum of 10M fresh rows, a checkpoint of their WAL) would otherwise
            // run during the portal's import and be counted against it
            s.execute("drop table baseline.raw_focus");
            s.execute("checkpoint");
            return seconds;
        }
    }

    static double timeImport(CostImports imports, Path file, String format, Memory memory) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                memory.sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t = System.nanoTime();
        CostImport started;
        try (var in = Files.newInputStream(file)) {
            started = imports.upload(in, format, file.getFileName().toString()).costImport();
        }
        CostImport now = started;
        while (CostImport.RUNNING.equals(now.status())) {
            Thread.sleep(200);
            now = imports.find(started.id()).orElseThrow();
        }
        double seconds = secs(t);
        running.set(false);
        sampler.join();
        if (!CostImport.COMPLETED.equals(now.status())) {
            throw new IllegalStateException("import failed: " + now.error());
        }
        log("portal import %s: %.1f s, %,d rows", format, seconds, now.rows());
        return seconds;
    }

    /**
     * The SQL the breakdown needs, written by hand, on one connection kept open: no pool, no transaction, no
     * currency to pick, no mapping; the dates are literals, so PostgreSQL plans for the actual range.
     */
    static BigDecimal rawQuery(Connection c) {
        try (Statement q = c.createStatement(); ResultSet r = q.executeQuery("select team, sum(effective_cost)"
                + " from cost.daily_cost where charge_date >= date '" + FocusFiles.MONTH + "' and charge_date < date '"
                + FocusFiles.MONTH.plusMonths(1) + "' and currency = 'USD' group by team order by 2 desc")) {
            BigDecimal total = BigDecimal.ZERO;
            while (r.next()) {
                total = total.add(r.getBigDecimal(2));
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    record Latency(double p50, double p95) {
        String text() {
            return String.format(Locale.ROOT, "%.1f ms / %.1f ms", p50, p95);
        }
    }

    static Latency latency(Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] ms = new double[QUERY_RUNS];
        for (int i = 0; i < QUERY_RUNS; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return new Latency(ms[QUERY_RUNS / 2], ms[(int) Math.ceil(QUERY_RUNS * 0.95) - 1]);
    }

    static final class Memory {
        final long rssBefore = rss();
        long heapPeak;
        long rssPeak = rssBefore;

        void sample() {
            heapPeak = Math.max(heapPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            rssPeak = Math.max(rssPeak, rss());
        }

        long rssGrowth() {
            return rssPeak - rssBefore;
        }

        static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return 0;
        }
    }

    static String[] row(String what, String value, String note) {
        return new String[] {what, value, note};
    }

    static String markdown(List<String[]> table) {
        StringBuilder md = new StringBuilder("| measure | value | against |\n|---|---|---|\n");
        table.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return md.toString();
    }

    static String rate(long rows, double seconds) {
        return String.format(Locale.ROOT, "%,.0f rows/s", rows / seconds);
    }

    static String ratio(double baseline, double measured) {
        return String.format(Locale.ROOT, "%.2f×", baseline / measured);
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    private CostBenchmark() {
    }
}
