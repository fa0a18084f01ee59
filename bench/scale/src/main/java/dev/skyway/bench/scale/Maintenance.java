package dev.skyway.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * After seeding: {@code vacuum analyze} (what autovacuum does within minutes of such a load; the measures are of
 * settled tables) and the seeded counts, read from the database, to {@code counts.tsv}.
 */
public final class Maintenance {

    static final String[][] COUNTS = {
            {"accounts", "select count(*) from accounts.account"},
            {"product requests", "select count(*) from provisioning.product_request"},
            {"approval processes / decisions", "select (select count(*) from approvals.process) || ' / '"
                    + " || (select count(*) from approvals.decision)"},
            {"incidents / alerts", "select (select count(*) from incidents.incident) || ' / '"
                    + " || (select count(*) from incidents.alert)"},
            {"compliance findings (open)", "select count(*) from compliance.finding where resolved_at is null"},
            {"cost rollup rows (daily + tag) from the imported line items", "select (select count(*) from"
                    + " cost.daily_cost) || ' + ' || (select count(*) from cost.daily_tag_cost)"},
            {"audit ledger entries", "select count(*) from platform.audit_entry"},
            {"database size", "select pg_size_pretty(pg_database_size(current_database()))"}};

    private Maintenance() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            c.setAutoCommit(true);
            Sql sql = new Sql(c);
            sql.run("vacuum analyze");
            StringBuilder tsv = new StringBuilder();
            for (String[] count : COUNTS) {
                tsv.append(count[0]).append('\t').append(sql.strings(count[1]).getFirst()).append('\n');
            }
            Files.writeString(Path.of(args[1]).resolve("counts.tsv"), tsv);
        }
    }
}
