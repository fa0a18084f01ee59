package dev.skyway.bench.scale;

import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Product requests with their approvals at any count, copied in SQL from two requests the portal itself made
 * through its API (one still waiting for approval, one approved and provisioned), so every row has the shape the
 * code writes: parameters, tags, outputs, the approval process, its stages, approvers and decisions. Three in ten
 * copies wait for approval; each copy gets its own account (round robin over the inventory), team, requester and
 * creation time (every 37 minutes back from now).
 */
final class RequestCloner {

    private final Sql sql;

    RequestCloner(Sql sql) {
        this.sql = sql;
    }

    void cloneRequests(String pendingId, String approvedId, int copies) throws SQLException {
        sql.run("drop table if exists bench_req", "drop table if exists bench_acc", "drop table if exists bench_stage",
                "create temp table bench_acc as select (row_number() over (order by id) - 1)::int as n, id,"
                        + " owner_team from accounts.account where status = 'ACTIVE'",
                "create temp table bench_req as select g, (case when g % 10 < 3 then '" + pendingId + "' else '"
                        + approvedId + "' end)::uuid as template, gen_random_uuid() as rid, gen_random_uuid() as pid,"
                        + " case when g % 5 = 0 then 'engineer' else 'user-' || (g % 400) end as who"
                        + " from generate_series(1, " + copies + ") g",
                "create index on bench_req (template)", "analyze bench_req", "analyze bench_acc");
        long accounts = sql.count("select count(*) from bench_acc");
        String account = " join bench_acc a on a.n = m.g % " + accounts;
        String age = "m.g * interval '37 minutes'";
        copy("provisioning", "product_request", Map.ofEntries(
                Map.entry("id", "m.rid"), Map.entry("account_id", "a.id"),
                Map.entry("team", "coalesce(a.owner_team, t.team)"),
                Map.entry("requester", "m.who"), Map.entry("requester_name", "initcap(m.who)"),
                Map.entry("requester_subject", "m.who"),
                Map.entry("provision_token", "'bench-' || m.rid"), Map.entry("process_id", "m.pid"),
                Map.entry("provisioned_name", "t.provisioned_name || '-' || m.g"),
                Map.entry("record_id", "null"), Map.entry("resource_id", "null"),
                Map.entry("provisioned_product_id", "case when t.provisioned_product_id is null then null"
                        + " else 'pp-bench-' || m.g end"),
                Map.entry("created_at", "t.created_at - " + age), Map.entry("updated_at", "t.updated_at - " + age),
                Map.entry("provisioned_at", "t.provisioned_at - " + age)),
                "join bench_req m on m.template = t.id" + account);
        for (String child : new String[] {"request_parameter", "request_tag", "request_output"}) {
            copy("provisioning", child, Map.of("request_id", "m.rid"), "join bench_req m on m.template = t.request_id");
        }
        String process = " join provisioning.product_request tr on tr.id = m.template";
        copy("approvals", "process", Map.ofEntries(
                Map.entry("id", "m.pid"), Map.entry("subject_id", "m.rid::text"), Map.entry("account", "a.id"),
                Map.entry("team", "coalesce(a.owner_team, t.team)"), Map.entry("requester_subject", "m.who"),
                Map.entry("requester_username", "m.who"), Map.entry("requester_name", "initcap(m.who)"),
                Map.entry("created_at", "t.created_at - " + age), Map.entry("updated_at", "t.updated_at - " + age),
                Map.entry("completed_at", "t.completed_at - " + age)),
                "join (bench_req m" + process + ") on tr.process_id = t.id" + account);
        sql.run("create temp table bench_stage as select m.g, m.pid, s.id as old_id, gen_random_uuid() as new_id"
                + " from approvals.stage s join provisioning.product_request tr on tr.process_id = s.process_id"
                + " join bench_req m on m.template = tr.id", "create index on bench_stage (old_id)",
                "analyze bench_stage");
        String stageAge = "ms.g * interval '37 minutes'";
        copy("approvals", "stage", Map.of("id", "ms.new_id", "process_id", "ms.pid",
                "opened_at", "t.opened_at - " + stageAge, "due_at", "t.due_at - " + stageAge,
                "completed_at", "t.completed_at - " + stageAge), "join bench_stage ms on ms.old_id = t.id");
        copy("approvals", "stage_approver", Map.of("stage_id", "ms.new_id"),
                "join bench_stage ms on ms.old_id = t.stage_id");
        copy("approvals", "decision", Map.of("id", "gen_random_uuid()", "process_id", "ms.pid",
                "stage_id", "ms.new_id", "decided_at", "t.decided_at - " + stageAge),
                "join bench_stage ms on ms.old_id = t.stage_id");
        sql.run("analyze provisioning.product_request", "analyze approvals.process", "analyze approvals.stage",
                "analyze approvals.stage_approver", "analyze approvals.decision");
    }

    /** Copies the rows the join selects, every column as it is unless replaced. */
    private void copy(String schema, String table, Map<String, String> replaced, String join) throws SQLException {
        var columns = sql.columns(schema, table);
        String target = columns.stream().collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> replaced.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        sql.run("insert into " + schema + "." + table + " (" + target + ") select " + values + " from " + schema + "."
                + table + " t " + join);
    }
}
