package dev.skyway.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;

/**
 * Two replicas on one PostgreSQL. First, scheduled syncs: both run with a short sync interval for a window, and the
 * runs each replica logged are counted against the runs one replica alone would make. Then provisioning: a request
 * is submitted and approved on replica A, and once it is PROVISIONING (A called the sandbox, whose record stays
 * IN_PROGRESS for a while) A is killed with SIGKILL; replica B must finish it, with one provisioning record, one
 * provisioned product and each audit action once. The outcome goes to {@code replicas.md} in the work folder.
 */
public final class ReplicaCheck {

    private ReplicaCheck() {
    }

    /** Arguments: JDBC URL, URL A, pid A, URL B, log A, log B, sync window s, sync interval s, work folder. */
    public static void main(String[] args) throws Exception {
        Portal a = new Portal(args[1]);
        long pidA = Long.parseLong(args[2]);
        Portal b = new Portal(args[3]);
        Path logA = Path.of(args[4]);
        Path logB = Path.of(args[5]);
        int window = Integer.parseInt(args[6]);
        int interval = Integer.parseInt(args[7]);
        StringBuilder md = new StringBuilder("## Two replicas on one PostgreSQL\n\n");
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            Sql sql = new Sql(c);
            syncs(md, logA, logB, window, interval);
            provisioning(md, sql, a, pidA, b);
        }
        Files.writeString(Path.of(args[8]).resolve("replicas.md"), md);
        System.out.print(md);
    }

    static void syncs(StringBuilder md, Path logA, Path logB, int window, int interval) throws Exception {
        List<String> syncs = List.of("accounts-inventory", "catalog");
        long[][] before = new long[syncs.size()][];
        for (int i = 0; i < syncs.size(); i++) {
            before[i] = new long[] {runs(logA, syncs.get(i)), runs(logB, syncs.get(i))};
        }
        Thread.sleep(window * 1000L);
        md.append(String.format(Locale.ROOT, "Scheduled syncs, both replicas running with a sync interval of %d s,"
                + " counted from each replica's log (`Sync <name> from ...`, one line per run) over %d s; one replica"
                + " alone would run each sync about %d times:%n%n| sync | runs on A | runs on B | together |"
                + " per interval |%n|---|---|---|---|---|%n", interval, window, window / interval));
        double worst = 0;
        for (int i = 0; i < syncs.size(); i++) {
            long onA = runs(logA, syncs.get(i)) - before[i][0];
            long onB = runs(logB, syncs.get(i)) - before[i][1];
            double perInterval = (onA + onB) / (double) (window / interval);
            worst = Math.max(worst, perInterval);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f |%n", syncs.get(i), onA, onB, onA + onB,
                    perInterval));
        }
        md.append(worst <= 1.25 ? "\nVerdict: each scheduled sync ran once per interval across the two replicas.\n"
                : "\nVerdict: **not once per schedule**. ShedLock keeps two runs of a sync from overlapping, but each"
                + " replica keeps its own fixed delay and the lock is released as soon as a run ends (no"
                + " `lockAtLeastFor`), so each replica runs the sync once per interval; only runs that would overlap"
                + " are skipped. A `lockAtLeastFor` of about the interval on the scheduled jobs (or a cron schedule)"
                + " would make it once per interval.\n");
    }

    static long runs(Path log, String sync) throws Exception {
        String marker = "Sync " + sync + " from ";
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(marker)).count();
        }
    }

    static void provisioning(StringBuilder md, Sql sql, Portal a, long pidA, Portal b) throws Exception {
        String id = Seeder.submit(a, "failover");
        long t0 = System.nanoTime();
        Seeder.approve(a, id);
        String where = " where id = '" + id + "'";
        for (int i = 0; i < 120 && sql.count("select count(*) from provisioning.product_request" + where
                + " and status = 'PROVISIONING' and record_id is not null") == 0; i++) {
            Thread.sleep(500);
        }
        String token = sql.strings("select provision_token from provisioning.product_request" + where).getFirst();
        String lock = sql.strings("select case when lock_until > now() then 'held until ' || to_char(lock_until,"
                + " 'HH24:MI:SS') || ' (' || round(extract(epoch from lock_until - now())) || ' s left)' else 'free'"
                + " end from platform.shedlock where name = 'catalog-provisioning-poll'").stream().findFirst()
                .orElse("never taken");
        String before = sql.strings("select status || ', record ' || coalesce(record_id, '-') from"
                + " provisioning.product_request" + where).getFirst();
        ProcessHandle.of(pidA).ifPresent(ProcessHandle::destroyForcibly);
        long killedAt = System.nanoTime();
        double killedAfter = (killedAt - t0) / 1e9;
        String status = "";
        for (int i = 0; i < 600; i++) {
            status = Portal.field(b.get("engineer", "/api/v1/requests/" + id), "status");
            if (!status.equals("PROVISIONING") && !status.equals("APPROVED")) {
                break;
            }
            Thread.sleep(1000);
        }
        double takeover = (System.nanoTime() - killedAt) / 1e9;
        long records = sql.count("select count(*) from provisioning.sandbox_provisioning_record where provision_token"
                + " = '" + token + "'");
        long products = sql.count("select count(distinct provisioned_product_id) from"
                + " provisioning.sandbox_provisioning_record where provision_token = '" + token + "'");
        List<String> audit = sql.strings("select action || ' × ' || count(*) from platform.audit_entry where target_id"
                + " = '" + id + "' group by action order by min(seq)");
        long duplicates = sql.count("select count(*) from (select action from platform.audit_entry where target_id = '"
                + id + "' group by action having count(*) > 1) d");
        long stuck = sql.count("select count(*) from platform.event_publication where completion_date is null");
        md.append(String.format(Locale.ROOT, "%nProvisioning across a `kill -9`: request `%s` submitted and approved on"
                        + " replica A; A was killed with SIGKILL %.1f s after the approval, when the request was %s"
                        + " (the poll job's ShedLock lock: %s). Replica B, which had never touched the request, took it"
                        + " over: **%s** %.0f s after the kill.%n%n| check | value | expected |%n|---|---|---|%n"
                        + "| sandbox provisioning records for the request's token | %d | 1 |%n"
                        + "| provisioned products | %d | 1 |%n"
                        + "| audit actions on the request (each × count) | %s | each once |%n"
                        + "| audit actions recorded more than once | %d | 0 |%n"
                        + "| module events not completed (event_publication) | %d | 0 |%n",
                id, killedAfter, before, lock, status, takeover, records, products, String.join(", ", audit),
                duplicates, stuck));
        md.append(String.format(Locale.ROOT, "%nVerdict: %s.%n", records == 1 && products == 1 && duplicates == 0
                && status.equals("PROVISIONED") ? "nothing lost, nothing done twice" : "**see the table: not as"
                + " expected**"));
    }

}
