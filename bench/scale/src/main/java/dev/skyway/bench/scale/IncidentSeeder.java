package dev.skyway.bench.scale;

import java.sql.SQLException;

/**
 * Incidents and alerts in SQL, shaped like a few years of an organization's history: one incident every 15
 * minutes back from now; 97 in 100 resolved or closed, the open ones of severity 3 or 4 (an open SEV1/SEV2 would
 * freeze changes to its account and hold the provisioning the replica check submits); each with a commander, an
 * affected account (round robin over the inventory, its team), three timeline entries, and two alerts of one
 * Alertmanager integration (one routed to the incident, one not).
 */
final class IncidentSeeder {

    private static final String STATUS = "case when g % 100 = 0 then 'TRIGGERED' when g % 100 = 1 then 'ACKNOWLEDGED'"
            + " when g % 100 = 2 then 'MITIGATED' when g % 100 < 10 then 'RESOLVED' else 'CLOSED' end";
    private static final String SEVERITY = "case when g % 100 < 3 then 'SEV' || (3 + g % 2)"
            + " when g % 20 = 3 then 'SEV1' when g % 5 = 4 then 'SEV2' when g % 2 = 0 then 'SEV3' else 'SEV4' end";

    private final Sql sql;

    IncidentSeeder(Sql sql) {
        this.sql = sql;
    }

    void seed(int incidents) throws SQLException {
        sql.run("drop table if exists bench_inc",
                "create temp table bench_inc as with acc as (select (row_number() over (order by id) - 1)::int as n,"
                        + " id, owner_team from accounts.account), c as (select count(*)::int as c from acc)"
                        + " select g, gen_random_uuid() as id, " + STATUS + " as status, " + SEVERITY + " as severity,"
                        + " now() - g * interval '15 minutes' as detected,"
                        + " case when g % 5 = 0 then 'engineer' else 'user-' || (g % 400) end as who,"
                        + " acc.id as account, acc.owner_team as team"
                        + " from generate_series(1, " + incidents + ") g cross join c join acc on acc.n = g % c.c",
                "insert into incidents.incident (id, number, title, summary, status, severity, source,"
                        + " organization_wide, team, declared_by_key, declared_by_name, impact_started_at,"
                        + " detected_at, acknowledged_at, mitigated_at, resolved_at, closed_at, created_at, updated_at,"
                        + " first_account_id)"
                        + " select id, nextval('incidents.incident_number'),"
                        + " (array['Checkout latency above SLO', 'Elevated 5xx on the payments API',"
                        + "   'Queue backlog on order events', 'RDS storage almost full', 'Lambda throttling',"
                        + "   'Certificate about to expire', 'Cross-region replication lag'])[1 + g % 7]"
                        + "   || ' (' || account || ')',"
                        + " 'Customers see errors or slow pages; mitigation in progress or done.', status, severity,"
                        + " case when g % 3 = 0 then 'ALERT' else 'DECLARED' end, g % 97 = 0, team,"
                        + " 'local#' || who, initcap(who), detected - interval '4 minutes', detected,"
                        + " case when status <> 'TRIGGERED' then detected + interval '5 minutes' end,"
                        + " case when status in ('MITIGATED', 'RESOLVED', 'CLOSED') then detected + interval '40 minutes' end,"
                        + " case when status in ('RESOLVED', 'CLOSED') then detected + interval '2 hours' end,"
                        + " case when status = 'CLOSED' then detected + interval '3 days' end, detected,"
                        + " detected + interval '2 hours', account from bench_inc",
                "insert into incidents.incident_role (incident_id, role, user_key, user_name, assigned_by_key,"
                        + " assigned_at) select id, 'COMMANDER', 'local#' || who, initcap(who), 'local#' || who,"
                        + " detected from bench_inc",
                "insert into incidents.affected_account (incident_id, account_id, added_at)"
                        + " select id, account, detected from bench_inc",
                "insert into incidents.timeline_entry (incident_id, at, kind, actor_key, actor_name, title)"
                        + " select id, detected + (k * interval '20 minutes'), (array['STATUS', 'NOTE', 'STATUS'])[k + 1],"
                        + " 'local#' || who, initcap(who), (array['Declared', 'Rolled back the last deploy',"
                        + " 'Mitigated'])[k + 1] from bench_inc, generate_series(0, 2) k",
                "insert into incidents.integration (id, type, name, secret_sha256, created_by_key, created_by_name,"
                        + " created_at, last_message_at) values (gen_random_uuid(), 'ALERTMANAGER', 'bench-alertmanager',"
                        + " repeat('0', 64), 'local#admin', 'Ada Admin', now() - interval '3 years', now())"
                        + " on conflict (name) do nothing",
                "insert into incidents.alert (id, integration_id, dedup_key, open_key, kind, status, severity, summary,"
                        + " source, account_id, region, service, resource, occurrences, first_seen_at, last_seen_at,"
                        + " acknowledged_at, resolved_at, incident_id)"
                        + " select gen_random_uuid(), (select id from incidents.integration where name = 'bench-alertmanager'),"
                        + " 'bench-' || g || '-' || k, case when status in ('TRIGGERED', 'ACKNOWLEDGED') then 'bench-' || g"
                        + "   || '-' || k end, 'ALERTMANAGER',"
                        + " case when status = 'TRIGGERED' then 'TRIGGERED' when status = 'ACKNOWLEDGED' then 'ACKNOWLEDGED'"
                        + "   else 'RESOLVED' end, (array['CRITICAL', 'ERROR', 'WARNING', 'INFO'])[1 + (g + k) % 4],"
                        + " (array['HighErrorRate', 'HighLatency', 'DiskWillFillIn4Hours', 'TargetDown'])[1 + g % 4]"
                        + "   || ' on ' || account, 'prometheus-' || (g % 8), account,"
                        + " (array['eu-west-1', 'us-east-1'])[1 + g % 2], 'checkout', 'arn:aws:ecs:eu-west-1:' || account"
                        + "   || ':service/checkout', 1 + g % 5, detected - interval '6 minutes', detected,"
                        + " case when status <> 'TRIGGERED' then detected + interval '5 minutes' end,"
                        + " case when status in ('MITIGATED', 'RESOLVED', 'CLOSED') then detected + interval '1 hour' end,"
                        + " case when k = 0 then id end from bench_inc, generate_series(0, 1) k",
                "insert into incidents.alert_event (alert_id, at, kind)"
                        + " select id, first_seen_at, 'TRIGGERED' from incidents.alert",
                "analyze incidents.incident", "analyze incidents.alert", "analyze incidents.timeline_entry",
                "analyze incidents.affected_account", "analyze incidents.alert_event");
    }
}
