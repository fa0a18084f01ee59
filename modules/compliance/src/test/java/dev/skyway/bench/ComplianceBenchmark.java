package dev.skyway.bench;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceImports;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.UploadType;
import dev.skyway.portal.compliance.internal.trends.ScoreSnapshots;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.TestUsers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Compliance at scale, in one run on one machine (bench/compliance.sh): a Prowler CSV of N findings (default 1M) over
 * A accounts (default 1,000: the sandbox inventory's 42 and made-up ones), imported by the portal into PostgreSQL
 * against a plain PostgreSQL COPY of the same CSV; a full score recomputation (the daily snapshot: every framework
 * over the organization and every account, team and OU); and the findings page with filters through the portal
 * against the same SQL typed by hand. Figures go to {@code bench/results/compliance.md}; goals are reported, not
 * asserted.
 */
public final class ComplianceBenchmark {

    static final int QUERY_RUNS = 40;

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(System.getProperty("rows", "1000000"));
        int accountCount = Integer.parseInt(System.getProperty("accounts", "1000"));
        long warmUpRows = Long.parseLong(System.getProperty("warmUp", "50000"));
        Path work = Files.createDirectories(Path.of(System.getProperty("work", "target/bench")));
        Path results = Path.of(System.getProperty("results", "../../bench/results/compliance.md"));
        List<String[]> table = new ArrayList<>();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String database = database(postgres);
            DataSource ds = postgres.getDatabase("postgres", database);
            try (ConfigurableApplicationContext context = portal(postgres, database, work)) {
                TestUsers.loginAs("bench-admin", Role.PLATFORM_ADMIN);
                context.getBean(Accounts.class).syncNow();
                List<Account> inventory = context.getBean(AccountOwnership.class).accounts();
                List<String> accounts = accounts(inventory, accountCount);
                List<String> checks = FindingsFile.checks();
                long t0 = System.nanoTime();
                Path csv = work.resolve("findings.csv");
                FindingsFile.write(rows, accounts, checks, csv);
                log("generated %,d findings over %,d accounts and %d checks in %.1f s (%,d MB)", rows,
                        accounts.size(), checks.size(), secs(t0), Files.size(csv) >> 20);

                CpuTime copyStart = CpuTime.now(postgres.getPort());
                double copySeconds = copyBaseline(ds, csv);
                CpuTime copyCpu = CpuTime.now(postgres.getPort()).since(copyStart);
                log("PostgreSQL COPY: %.1f s, %s", copySeconds, copyCpu.text());

                TestUsers.loginAs("bench-security", Role.SECURITY);
                ComplianceImports imports = context.getBean(ComplianceImports.class);
                // a running portal has compiled its import code long before: a small file of other accounts first,
                // which is also a first import into an empty table (whose lookups once slowed down batch by batch)
                Path warmUp = work.resolve("warm-up.csv");
                FindingsFile.write(warmUpRows, List.of("000000000001", "000000000002"), checks, warmUp);
                double warmUpSeconds = timeImport(imports, warmUp);
                // the warm-up's findings stay: emptied, the table's statistics would say 0 rows, and the import's
                // repeated key lookups would get (and keep, as a generic plan) a sequential scan
                execute(ds, "vacuum analyze compliance.finding", "vacuum analyze compliance.finding_event", "checkpoint");

                CpuTime importStart = CpuTime.now(postgres.getPort());
                double importSeconds = timeImport(imports, csv);
                CpuTime importCpu = CpuTime.now(postgres.getPort()).since(importStart);
                long stored = count(ds, "select count(*) from compliance.finding where resolved_at is null");
                long events = count(ds, "select count(*) from compliance.finding_event");
                // what autovacuum does within a minute of such an import; the measures below are of a settled table
                execute(ds, "vacuum analyze compliance.finding", "vacuum analyze compliance.finding_event");

                ScoreSnapshots snapshots = context.getBean(ScoreSnapshots.class);
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                double[] snapshotSeconds = new double[3];
                int snapshotRows = 0;
                for (int i = 0; i < snapshotSeconds.length; i++) {
                    // the portal keeps control statuses until what they are read from changes: a write first, so
                    // that each run reads them again as after an import
                    touchMappings(ds);
                    long t = System.nanoTime();
                    snapshotRows = snapshots.take(today);
                    snapshotSeconds[i] = secs(t);
                    log("score snapshot %d: %.2f s, %,d scores", i + 1, snapshotSeconds[i], snapshotRows);
                }
                Arrays.sort(snapshotSeconds);
                ComplianceScores scores = context.getBean(ComplianceScores.class);
                Latency summary = latency(() -> {
                    touchMappings(ds);
                    return scores.summary().frameworks().size();
                }, 10);
                Latency keptSummary = latency(() -> scores.summary().frameworks().size(), QUERY_RUNS);
                // what the security home card reads now (the whole start page is not measured: its "new failures
                // since yesterday" reads every event of the day, here the million of the import)
                Latency homeScores = latency(() -> snapshots.latestOrganization().size(), QUERY_RUNS);

                ComplianceFindings findings = context.getBean(ComplianceFindings.class);
                Account teamAccount = inventory.stream().filter(a -> a.ownerTeam() != null).findFirst()
                        .orElseThrow();
                String busyAccount = accounts.get(accounts.size() / 2);
                String check = checks.get(checks.size() / 3);
                String keys = String.join(", ", keys(ds, check).stream().map(k -> "'" + k + "'").toList());
                String control = "control_key in (" + keys + ") and (control_id = '" + check + "' or control_key = '"
                        + check + "')";
                List<PageCase> cases = List.of(
                        new PageCase("status=FAIL&severity=HIGH (all accounts)",
                                new FindingQuery(null, FindingStatus.FAIL, null, null, Severity.HIGH, null, 0, 50),
                                "duplicate_of is null and status = 'FAIL' and severity_rank = 4"),
                        new PageCase("accountId=" + busyAccount + "&status=FAIL",
                                new FindingQuery(busyAccount, FindingStatus.FAIL, null, null, null, null, 0, 50),
                                "duplicate_of is null and account_id = '" + busyAccount + "' and status = 'FAIL'"),
                        new PageCase("controlId=" + check + "&status=FAIL",
                                new FindingQuery(null, FindingStatus.FAIL, check, null, null, null, 0, 50),
                                "duplicate_of is null and " + control + " and status = 'FAIL'"),
                        new PageCase("controlId=" + check,
                                new FindingQuery(null, null, check, null, null, null, 0, 50),
                                "duplicate_of is null and " + control),
                        new PageCase("accountId=" + busyAccount + "&controlId=" + check,
                                new FindingQuery(busyAccount, null, check, null, null, null, 0, 50),
                                "duplicate_of is null and account_id = '" + busyAccount + "' and " + control),
                        new PageCase("severity=LOW (all accounts)",
                                new FindingQuery(null, null, null, null, Severity.LOW, null, 0, 50),
                                "duplicate_of is null and severity_rank = 2"),
                        new PageCase("status=PASS (all accounts)",
                                new FindingQuery(null, FindingStatus.PASS, null, null, null, null, 0, 50),
                                "duplicate_of is null and status = 'PASS'"),
                        new PageCase("source=PROWLER (duplicates included)",
                                new FindingQuery(null, null, null, "PROWLER", null, null, 0, 50),
                                "source = 'PROWLER'"),
                        new PageCase("team=" + teamAccount.ownerTeam() + "&severity=CRITICAL",
                                new FindingQuery(null, null, null, null, Severity.CRITICAL, teamAccount.ownerTeam(),
                                        0, 50), "account_id in (" + String.join(", ", inventory.stream()
                                        .filter(a -> teamAccount.ownerTeam().equals(a.ownerTeam()))
                                        .map(a -> "'" + a.id() + "'").toList()) + ") and severity_rank = 5 and "
                                        + "duplicate_of is null"),
                        new PageCase("no filter (every open finding, worst first)", FindingQuery.all(),
                                "duplicate_of is null"));

                table.add(row("findings / accounts / checks", String.format(Locale.ROOT, "%,d / %,d / %d", rows,
                        accounts.size(), checks.size()), String.format(Locale.ROOT, "%,d MB Prowler CSV",
                        Files.size(csv) >> 20)));
                table.add(row("PostgreSQL COPY of the CSV into a plain table (baseline)", fmt(copySeconds) + " s",
                        rate(rows, copySeconds) + "; " + copyCpu.text()));
                table.add(row(String.format(Locale.ROOT, "first import into an empty table (the warm-up file: %,d "
                        + "findings over 2 accounts)", warmUpRows), fmt(warmUpSeconds) + " s",
                        rate(warmUpRows, warmUpSeconds)));
                table.add(row("portal import (upload, validation pass, normalize, dedupe by key, history events)",
                        fmt(importSeconds) + " s", rate(rows, importSeconds) + ", " + ratio(copySeconds,
                                importSeconds) + " of COPY's speed; " + importCpu.text()));
                table.add(row("stored", String.format(Locale.ROOT, "%,d open findings, %,d history events", stored,
                        events), ""));
                table.add(row("full score recomputation (daily snapshot: every framework × organization, "
                                + "accounts, teams, OUs), best / median / worst of 3",
                        String.format(Locale.ROOT, "%.2f s / %.2f s / %.2f s", snapshotSeconds[0],
                                snapshotSeconds[1], snapshotSeconds[2]),
                        String.format(Locale.ROOT, "%,d scores (goal < 10 s)", snapshotRows)));
                table.add(row("security home summary (every framework, worst accounts, teams, OUs) after a write,"
                        + " p50 / p95", summary.text(), "control statuses read again"));
                table.add(row("the same summary while nothing changed, p50 / p95", keptSummary.text(),
                        "control statuses kept (one fingerprint read)"));
                table.add(row("security home card's framework scores from the latest snapshot, p50 / p95",
                        homeScores.text(), "the card computed the summary above on each visit"));
                for (PageCase c : cases) {
                    Latency portal = latency(() -> findings.search(c.query()).total(), QUERY_RUNS);
                    Latency raw;
                    try (Connection kept = ds.getConnection()) {
                        raw = latency(() -> rawPage(kept, c.where(), today), QUERY_RUNS);
                    }
                    long total = findings.search(c.query()).total();
                    if (Boolean.getBoolean("explain")) {
                        explain(ds, c.where(), today);
                    }
                    table.add(row("findings page (50 rows + total) " + c.name() + ", portal p50 / p95",
                            portal.text(), String.format(Locale.ROOT, "%,d match; raw SQL %s; %.2f× the raw "
                                    + "p95 (goal p95 < 200 ms)", total, raw.text(),
                                    portal.p95 / Math.max(0.001, raw.p95))));
                }
            }
        }
        String markdown = markdown(table);
        System.out.println(markdown);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, "# Compliance benchmark\n\nMeasured by `bench/compliance.sh` on "
                + LocalDate.now() + " (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", embedded PostgreSQL "
                + "with its default settings).\n\n" + markdown);
        System.exit(0);
    }

    record PageCase(String name, FindingQuery query, String where) {
    }

    /** The inventory's accounts (so teams and OUs have findings), then made-up ids up to {@code count}. */
    static List<String> accounts(List<Account> inventory, int count) {
        List<String> ids = new ArrayList<>(inventory.stream().map(Account::id).sorted().limit(count).toList());
        for (int n = 1; ids.size() < count; n++) {
            ids.add(String.format(Locale.ROOT, "9%011d", n));
        }
        return ids;
    }

    static String database(EmbeddedPostgres postgres) throws Exception {
        String database = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        return database;
    }

    static ConfigurableApplicationContext portal(EmbeddedPostgres postgres, String database, Path work) {
        return new SpringApplicationBuilder(ComplianceTestApplication.class).properties(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                "portal.compliance.data-dir=" + work.resolve("data").toAbsolutePath(),
                "logging.level.dev.skyway.portal.compliance=INFO").run();
    }

    static double copyBaseline(DataSource ds, Path csv) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema baseline");
            s.execute("create table baseline.raw_findings (" + String.join(", ", FindingsFile.COLUMNS.stream()
                    .map(name -> "\"" + name + "\" text").toList()) + ")");
            long t = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv)) {
                new CopyManager(c.unwrap(BaseConnection.class)).copyIn(
                        "copy baseline.raw_findings from stdin with (format csv, header true, delimiter ';')", in);
            }
            double seconds = secs(t);
            // what the COPY leaves behind would otherwise run during the portal's import and count against it
            s.execute("drop table baseline.raw_findings");
            s.execute("checkpoint");
            return seconds;
        }
    }

    static double timeImport(ComplianceImports imports, Path file) throws Exception {
        long t = System.nanoTime();
        FindingImport started;
        try (InputStream in = Files.newInputStream(file)) {
            started = imports.upload(in, UploadType.CSV, file.getFileName().toString(), true);
        }
        FindingImport now = started;
        while (FindingImport.RUNNING.equals(now.status())) {
            Thread.sleep(200);
            now = imports.find(started.id()).orElseThrow();
        }
        double seconds = secs(t);
        if (!FindingImport.COMPLETED.equals(now.status())) {
            throw new IllegalStateException("import failed: " + now.error());
        }
        log("portal import of %s: %.1f s, %,d findings", file.getFileName(), seconds, now.counts().findings());
        return seconds;
    }

    /** The control keys that findings of a control id carry: what the portal looks up for a control filter. */
    static List<String> keys(DataSource ds, String controlId) throws Exception {
        List<String> keys = new ArrayList<>(List.of(controlId));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select distinct control_key from compliance.finding where control_id = '" + controlId + "'")) {
            while (r.next()) {
                if (!keys.contains(r.getString(1))) {
                    keys.add(r.getString(1));
                }
            }
        }
        return keys;
    }

    /**
     * The page the findings list shows, typed by hand on one kept connection: the total, then 50 rows.
     *
     * @param where the filters, with {@code duplicate_of is null} unless the page filters by source
     */
    static long rawPage(Connection c, String where, LocalDate today) {
        String open = "resolved_at is null and " + where;
        try (Statement q = c.createStatement()) {
            long total;
            try (ResultSet r = q.executeQuery("select count(*) from compliance.finding where " + open)) {
                r.next();
                total = r.getLong(1);
            }
            try (ResultSet r = q.executeQuery("select f.*, exists (select 1 from compliance.waiver w where "
                    + "w.status = 'ACTIVE' and w.expires_on >= date '" + today + "' and w.account_id = f.account_id"
                    + " and w.control_key = f.control_key and (w.resource_id is null or w.resource_id = "
                    + "f.resource_id)) as waived from compliance.finding f where " + open
                    + " order by severity_rank desc, last_seen desc, id limit 50")) {
                while (r.next()) {
                    r.getBoolean("waived");
                }
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw page's plans, in the log: what to look at when a goal is missed. */
    static void explain(DataSource ds, String where, LocalDate today) throws Exception {
        String open = "resolved_at is null and " + where;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("select count(*) from compliance.finding where " + open,
                    "select f.id from compliance.finding f where " + open
                            + " order by severity_rank desc, last_seen desc, id limit 50")) {
                try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
                    StringBuilder plan = new StringBuilder(sql).append('\n');
                    while (r.next()) {
                        plan.append("    ").append(r.getString(1)).append('\n');
                    }
                    log("%s", plan);
                }
            }
        }
    }

    static void execute(DataSource ds, String... statements) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** A write the control statuses depend on (an equivalence mapping's time), as an import or a sync makes one. */
    static void touchMappings(DataSource ds) {
        try {
            execute(ds, "update compliance.control_mapping set updated_at = current_timestamp where control_id ="
                    + " (select min(control_id) from compliance.control_mapping)");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Latency(double p50, double p95) {
        String text() {
            return String.format(Locale.ROOT, "%.1f ms / %.1f ms", p50, p95);
        }
    }

    static Latency latency(Supplier<?> query, int runs) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]);
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
        return String.format(Locale.ROOT, "%,.0f findings/s", rows / seconds);
    }

    static String ratio(double baseline, double measured) {
        return String.format(Locale.ROOT, "%.2f×", baseline / measured);
    }

    static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    private ComplianceBenchmark() {
    }
}
