package dev.skyway.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.incidents.CreatedIntegration;
import dev.skyway.portal.incidents.Integrations;
import dev.skyway.portal.incidents.RoutingRuleDraft;
import dev.skyway.portal.incidents.RoutingRules;
import dev.skyway.portal.incidents.internal.sns.SignedSnsMessages;
import dev.skyway.portal.incidents.internal.sns.SnsMessage;
import dev.skyway.portal.incidents.internal.sns.SnsSignatureVerifier;
import dev.skyway.portal.incidents.internal.sns.TestCertificates;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.IncidentsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Incidents at scale, in one run on one machine (bench/incidents.sh), all over real HTTP against the started portal
 * on embedded PostgreSQL: SNS deliveries of CloudWatch alarms signed by a test CA's certificate (fetched from a
 * loopback server once, like SNS's), verified, deduplicated and routed (an attach-or-open rule), first by concurrent
 * senders as fast as answers come, then at a fixed 500 messages/s; then, with N incidents (default 50,000) over D days
 * (default 120), the incident list with filters and the metrics page, against the same SQL typed by hand. Figures go
 * to {@code bench/results/incidents.md}; goals are reported, not asserted.
 */
public final class IncidentsBenchmark {

    static final int QUERY_RUNS = 40;

    public static void main(String[] args) throws Exception {
        int incidentCount = Integer.parseInt(System.getProperty("incidents", "50000"));
        int days = Integer.parseInt(System.getProperty("days", "120"));
        int messageCount = Integer.parseInt(System.getProperty("messages", "10000"));
        int senders = Integer.parseInt(System.getProperty("senders", "16"));
        int rate = Integer.parseInt(System.getProperty("rate", "500"));
        Path work = Files.createDirectories(Path.of(System.getProperty("work", "target/bench")));
        Path results = Path.of(System.getProperty("results", "../../bench/results/incidents.md"));
        List<String[]> table = new ArrayList<>();
        Instant now = Instant.now();
        var ca = TestCertificates.authority("Skyway Bench SNS CA", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
        var leaf = TestCertificates.leaf(ca, "sns.amazonaws.com", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
        Path anchors = Files.writeString(work.resolve("sns-anchors.pem"), ca.pem());
        WireMockServer sns = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        sns.start();
        sns.stubFor(get("/SimpleNotificationService-bench.pem").willReturn(aResponse().withBody(leaf.pem())));
        sns.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withBody("<ConfirmSubscriptionResponse/>")));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String database = database(postgres);
            DataSource ds = postgres.getDatabase("postgres", database);
            try (ConfigurableApplicationContext context = portal(postgres, database, anchors)) {
                context.getBean(MutableClock.class).set(now);
                String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
                TestUsers.loginAs("bench-admin", Role.PLATFORM_ADMIN);
                context.getBean(Accounts.class).syncNow();
                List<Account> inventory = context.getBean(AccountOwnership.class).accounts();
                List<String> accounts = inventory.stream().map(Account::id).sorted().toList();

                long t0 = System.nanoTime();
                int open = IncidentSeeder.seed(ds, incidentCount, days, accounts, now);
                execute(ds, "vacuum analyze incidents.incident", "vacuum analyze incidents.affected_account",
                        "vacuum analyze incidents.incident_role");
                log("seeded %,d incidents (%,d open) over %d days in %.1f s", incidentCount, open, days, secs(t0));

                CreatedIntegration integration = context.getBean(Integrations.class).create("sns", "Bench alarms");
                context.getBean(RoutingRules.class).create(new RoutingRuleDraft("Errors to incidents", null, true,
                        null, "error", null, null, "ATTACH_OR_OPEN", "SEV3", 60));
                TestUsers.logout();
                SignedSnsMessages signer = new SignedSnsMessages(leaf.keys().getPrivate(),
                        "http://127.0.0.1:" + sns.port() + "/SimpleNotificationService-bench.pem");
                URI intake = URI.create(base + integration.url());
                SnsLoad load = new SnsLoad(intake);
                String subscribe = signer.subscriptionConfirmation(SnsLoad.TOPIC, "http://127.0.0.1:" + sns.port()
                        + "/?Action=ConfirmSubscription&TopicArn=" + SnsLoad.TOPIC + "&Token=2336412f", now);
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(intake).header("x-amz-sns-message-type",
                        "SubscriptionConfirmation").POST(HttpRequest.BodyPublishers.ofString(subscribe)).build(),
                        HttpResponse.BodyHandlers.discarding());

                int alarms = Integer.parseInt(System.getProperty("alarms", "1000"));
                t0 = System.nanoTime();
                List<String> warmUp = SnsLoad.messages(signer, 3000, 200, accounts, now, "warm");
                List<String> burst = SnsLoad.messages(signer, messageCount, alarms, accounts, now, "burst");
                List<String> steady = SnsLoad.messages(signer, rate * 20, alarms, accounts, now, "steady");
                log("signed %,d messages in %.1f s", warmUp.size() + burst.size() + steady.size(), secs(t0));
                SnsSignatureVerifier verifier = context.getBean(SnsSignatureVerifier.class);
                t0 = System.nanoTime();
                for (String body : burst) {
                    verifier.verify(SnsMessage.parse(body, "Notification"));
                }
                double verifyRate = burst.size() / secs(t0);

                log("warm-up: %s", load.closedLoop(warmUp, senders).text());
                long alertsBefore = count(ds, "select count(*) from incidents.alert");
                long incidentsBefore = count(ds, "select count(*) from incidents.incident");
                SnsLoad.Result fast = load.closedLoop(burst, senders);
                log("closed loop: %s", fast.text());
                SnsLoad.Result paced = load.openLoop(steady, rate);
                log("open loop: %s", paced.text());
                long alerts = count(ds, "select count(*) from incidents.alert") - alertsBefore;
                long occurrences = count(ds, "select coalesce(sum(occurrences), 0) from incidents.alert");
                long opened = count(ds, "select count(*) from incidents.incident") - incidentsBefore;
                long attached = count(ds, "select count(*) from incidents.alert where incident_id is not null");

                table.add(row("SNS intake (HTTP, signature v2 verified, dedup, attach-or-open routing), " + senders
                        + " concurrent senders", fast.text(), String.format(Locale.ROOT, "%,d messages over %,d "
                        + "alarms, every 10th a redelivery (goal 500 msgs/s); signature check alone, one thread: "
                        + "%,.0f msgs/s", burst.size(), alarms, verifyRate)));
                table.add(row("SNS intake at a fixed " + rate + " msgs/s for 20 s (latency from when each was due)",
                        paced.text(), "goal p99 < 100 ms"));
                table.add(row("what the intake stored", String.format(Locale.ROOT, "%,d alerts (%,d occurrences),"
                        + " %,d attached to incidents, %,d incidents opened", alerts, occurrences, attached, opened),
                        ""));
                execute(ds, "vacuum analyze incidents.incident", "vacuum analyze incidents.alert");

                table.add(row("incidents seeded", String.format(Locale.ROOT, "%,d over %d days (%,d open), "
                        + "%,d accounts", incidentCount, days, open, accounts.size()), ""));
                String account = accounts.get(accounts.size() / 2);
                List<PageCase> cases = List.of(
                        new PageCase("default (open first, newest first)", "", "true", Order.OPEN),
                        new PageCase("status=OPEN", "status=OPEN",
                                "status in ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED')", Order.OPEN),
                        new PageCase("severity=SEV2", "severity=SEV2", "severity = 'SEV2'", Order.OPEN),
                        new PageCase("accountId=" + account, "accountId=" + account, "exists (select 1 from "
                                + "incidents.affected_account a where a.incident_id = i.id and a.account_id = '"
                                + account + "')", Order.OPEN),
                        new PageCase("q=throttled", "q=throttled", "lower(title) like '%throttled%'", Order.OPEN),
                        new PageCase("status=RESOLVED&sort=newest", "status=RESOLVED&sort=newest",
                                "status = 'RESOLVED'", Order.NEWEST),
                        new PageCase("default, page 500 (offset=25000)", "offset=25000", "true", Order.OPEN));
                Http api = new Http(base);
                try (Connection kept = ds.getConnection()) {
                    for (PageCase c : cases) {
                        Latency portal = Latency.of(() -> api.get("/api/v1/incidents?" + c.params()), QUERY_RUNS);
                        Latency raw = Latency.of(() -> rawPage(kept, c), QUERY_RUNS);
                        long total = count(ds, "select count(*) from incidents.incident i where " + c.where());
                        table.add(row("GET /api/v1/incidents " + c.name() + " (50 rows + total), p50 / p95",
                                portal.text(), String.format(Locale.ROOT, "%,d match; raw SQL %s; %.2f× the raw p95 "
                                        + "(goal p95 < 200 ms)", total, raw.text(), portal.p95() / raw.p95())));
                    }
                    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
                    for (int range : new int[] {90, 30}) {
                        LocalDate from = today.minusDays(range - 1);
                        LocalDate to = today.plusDays(1);
                        Latency portal = Latency.of(() -> api.get("/api/v1/incidents/metrics?from=" + from + "&to="
                                + to), QUERY_RUNS);
                        Latency raw = Latency.of(() -> rawMetrics(kept, from, to), QUERY_RUNS);
                        long total = count(ds, "select count(*) from incidents.incident where detected_at >= date '"
                                + from + "' and detected_at < date '" + to + "'");
                        table.add(row("GET /api/v1/incidents/metrics?from=" + from + "&to=" + to + " (" + range
                                + " days), p50 / p95", portal.text(), String.format(Locale.ROOT, "%,d incidents; "
                                + "raw SQL aggregates %s; %.2f× the raw p95 (goal p95 < 200 ms)", total, raw.text(),
                                portal.p95() / raw.p95())));
                    }
                }
                if (Boolean.getBoolean("explain")) {
                    for (PageCase c : cases) {
                        explain(ds, pageSql(c));
                    }
                }
            }
        } finally {
            sns.stop();
        }
        String markdown = markdown(table);
        System.out.println(markdown);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, "# Incidents benchmark\n\nMeasured by `bench/incidents.sh` on " + LocalDate.now()
                + " (" + Runtime.getRuntime().availableProcessors() + " cores shared by the portal, embedded "
                + "PostgreSQL with its default settings and the load generator; Java "
                + System.getProperty("java.version") + "; every request over HTTP to the started portal).\n\n"
                + markdown);
        System.exit(0);
    }

    enum Order { OPEN, NEWEST }

    record PageCase(String name, String params, String where, Order order) {

        int offset() {
            return params.startsWith("offset=") ? Integer.parseInt(params.substring(7)) : 0;
        }
    }

    static String pageSql(PageCase c) {
        String order = c.order() == Order.OPEN ? "case when status in ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED') "
                + "then 0 else 1 end, detected_at desc, id" : "detected_at desc, id";
        return "select i.* from incidents.incident i where " + c.where() + " order by " + order + " offset "
                + c.offset() + " limit 50";
    }

    /** The list page typed by hand on one kept connection: the total, 50 rows, their accounts and commanders. */
    static long rawPage(Connection c, PageCase page) {
        try (Statement q = c.createStatement()) {
            long total;
            try (ResultSet r = q.executeQuery("select count(*) from incidents.incident i where " + page.where())) {
                r.next();
                total = r.getLong(1);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet r = q.executeQuery(pageSql(page))) {
                while (r.next()) {
                    ids.add("'" + r.getString("id") + "'");
                }
            }
            String in = ids.isEmpty() ? "null" : String.join(", ", ids);
            try (ResultSet r = q.executeQuery("select incident_id, account_id from incidents.affected_account where "
                    + "incident_id in (" + in + ")")) {
                while (r.next()) {
                    r.getString(2);
                }
            }
            try (ResultSet r = q.executeQuery("select incident_id, user_key, user_name from incidents.incident_role "
                    + "where role = 'COMMANDER' and incident_id in (" + in + ")")) {
                while (r.next()) {
                    r.getString(2);
                }
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The metrics' means per severity typed by hand: one aggregate over the range, the floor any page pays. */
    static long rawMetrics(Connection c, LocalDate from, LocalDate to) {
        try (Statement q = c.createStatement(); ResultSet r = q.executeQuery("select severity, count(*),"
                + " avg(extract(epoch from detected_at - impact_started_at)),"
                + " avg(extract(epoch from acknowledged_at - detected_at)),"
                + " avg(extract(epoch from mitigated_at - impact_started_at)),"
                + " avg(extract(epoch from resolved_at - impact_started_at)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from resolved_at - impact_started_at))"
                + " from incidents.incident where detected_at >= date '" + from + "' and detected_at < date '" + to
                + "' group by severity")) {
            long rows = 0;
            while (r.next()) {
                rows += r.getLong(2);
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GETs on the started portal; a non-200 answer stops the run. */
    record Http(String base, HttpClient client) {

        Http(String base) {
            this(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }

        int get(String path) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                return response.body().length();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Latency(double p50, double p95) {

        static Latency of(java.util.function.Supplier<?> query, int runs) {
            for (int i = 0; i < 5; i++) {
                query.get();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                query.get();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            java.util.Arrays.sort(ms);
            return new Latency(ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]);
        }

        String text() {
            return String.format(Locale.ROOT, "%.1f ms / %.1f ms", p50, p95);
        }
    }

    static String database(EmbeddedPostgres postgres) throws Exception {
        String database = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        return database;
    }

    static ConfigurableApplicationContext portal(EmbeddedPostgres postgres, String database, Path anchors) {
        return new SpringApplicationBuilder(IncidentsTestApplication.class, BenchSecurity.class).properties(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                "spring.main.web-application-type=servlet", "server.port=0",
                "portal.incidents.sns.cert-url-pattern=http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9._-]+\\.pem",
                "portal.incidents.sns.subscribe-url-pattern=http://127\\.0\\.0\\.1:\\d+/\\?Action=ConfirmSubscription&.*",
                "portal.incidents.sns.trust-anchors=file:" + anchors.toAbsolutePath()).run();
    }

    static void explain(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
            StringBuilder plan = new StringBuilder(sql).append('\n');
            while (r.next()) {
                plan.append("    ").append(r.getString(1)).append('\n');
            }
            log("%s", plan);
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

    static String[] row(String what, String value, String note) {
        return new String[] {what, value, note};
    }

    static String markdown(List<String[]> table) {
        StringBuilder md = new StringBuilder("| measure | value | against |\n|---|---|---|\n");
        table.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return md.toString();
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    private IncidentsBenchmark() {
    }
}
