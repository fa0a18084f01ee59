package dev.skyway.bench.scale;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;

/**
 * Seeds a large organization into the portal's database, scaled by SCALE (1.0 = 1,000 accounts, 10,000 product
 * requests with approvals, 50,000 incidents with 100,000 alerts; the cost rows and findings are imported through
 * the portal's own import endpoints by {@link Importer}). The accounts go into the sandbox organization and arrive
 * through the portal's own inventory sync; requests start from two the portal made through its API. Each step's
 * count and time go to {@code seed.tsv} in the work folder; the account ids to {@code accounts.txt}.
 */
public final class Seeder {

    private Seeder() {
    }

    /** Arguments: JDBC URL, portal base URL, scale, work folder. */
    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[2]);
        Path work = Path.of(args[3]);
        Portal portal = new Portal(args[1]);
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            Sql sql = new Sql(c);
            long t = System.nanoTime();
            // the first sync seeds the sandbox organization (the 42 accounts of the demo) and brings it in
            sync(sql, portal, 1);
            int accounts = Math.max((int) sql.count("select count(*) from accounts.account"), (int) (1000 * scale));
            seedAccounts(sql, portal, accounts);
            record(work, "accounts (sandbox organization + the portal's inventory sync)", accounts, t);
            Files.write(work.resolve("accounts.txt"), sql.strings("select id from accounts.account order by id"));

            t = System.nanoTime();
            awaitProduct(portal);
            String pending = submit(portal, "pending");
            String approved = submit(portal, "approved");
            approve(portal, approved);
            awaitStatus(portal, approved, "PROVISIONED");
            int requests = Math.max(2, (int) (10_000 * scale));
            new RequestCloner(sql).cloneRequests(pending, approved, requests - 2);
            record(work, "product requests with approval processes, stages, approvers, decisions", requests, t);

            t = System.nanoTime();
            int incidents = (int) (50_000 * scale);
            new IncidentSeeder(sql).seed(incidents);
            record(work, "incidents (+ 2 alerts, 3 timeline entries, commander, account each)", incidents, t);
        }
    }

    static void seedAccounts(Sql sql, Portal portal, int target) throws Exception {
        long existing = sql.count("select count(*) from accounts.sandbox_account");
        if (existing < target) {
            // new member accounts in the sandbox's own OUs, with the tags (owner team, cost center) of existing ones
            sql.run("insert into accounts.sandbox_account (id, name, email, status, parent_id, joined_at, tags)"
                    + " select lpad((300000000000 + g)::text, 12, '0'), 'workload-' || g,"
                    + " 'aws+workload-' || g || '@example.com', 'ACTIVE', s.parent_id, now() - g * interval '1 day',"
                    + " s.tags from generate_series(1, " + (target - existing) + ") g join (select"
                    + " (row_number() over (order by id) - 1)::int as n, parent_id, tags from accounts.sandbox_account)"
                    + " s on s.n = g % " + existing);
        }
        sync(sql, portal, target);
    }

    static void sync(Sql sql, Portal portal, int target) throws Exception {
        portal.post("admin", "/api/v1/accounts/sync", "", -1);
        for (int i = 0; i < 600 && sql.count("select count(*) from accounts.account") < target; i++) {
            Thread.sleep(1000);
        }
        if (sql.count("select count(*) from accounts.account") < target) {
            throw new IllegalStateException("the inventory sync did not bring " + target + " accounts");
        }
    }

    /** The catalog's first sync runs in the background after the start: a small run's seeding can get there first. */
    static void awaitProduct(Portal portal) throws Exception {
        for (int i = 0; i < 600 && !portal.get("engineer", "/api/v1/catalog/products").contains("prod-sbxs3bucket01");
             i++) {
            Thread.sleep(1000);
        }
    }

    /** A staging S3 bucket: below the cost limit of dev's automatic approval, so an approver decides it. */
    static String submit(Portal portal, String suffix) throws Exception {
        String body = portal.post("engineer", "/api/v1/requests", """
                {"productId": "prod-sbxs3bucket01", "environment": "staging", "accountId": "123456789012",
                 "parameters": {"BucketNameSuffix": "bench-%s-%d"}, "justification": "build artifacts",
                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "internal"}}
                """.formatted(suffix, System.currentTimeMillis() % 100000), 201);
        return Portal.field(body, "id");
    }

    /** Approves every open stage, as whichever of the demo approvers may decide it. */
    static void approve(Portal portal, String id) throws Exception {
        for (int round = 0; round < 5; round++) {
            String status = Portal.field(portal.get("engineer", "/api/v1/requests/" + id), "status");
            if (!status.equals("PENDING_APPROVAL")) {
                return;
            }
            for (String user : List.of("approver", "admin", "lead")) {
                String etag = portal.etag(user, "/api/v1/requests/" + id);
                HttpResponse<String> r = portal.postRaw(user, "/api/v1/requests/" + id + "/approve",
                        "{\"comment\": \"looks fine\"}", etag);
                if (r.statusCode() / 100 == 2) {
                    break;
                }
            }
        }
    }

    static void awaitStatus(Portal portal, String id, String wanted) throws Exception {
        String status = "";
        for (int i = 0; i < 300; i++) {
            status = Portal.field(portal.get("engineer", "/api/v1/requests/" + id), "status");
            if (status.equals(wanted)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("request " + id + " is " + status + ", not " + wanted);
    }

    static void record(Path work, String what, long count, long startNanos) throws IOException {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "seeded %,d %s in %.1f s%n", count, what, seconds);
        Files.writeString(work.resolve("seed.tsv"), String.format(Locale.ROOT, "%s\t%d\t%.1f%n", what, count,
                seconds), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
