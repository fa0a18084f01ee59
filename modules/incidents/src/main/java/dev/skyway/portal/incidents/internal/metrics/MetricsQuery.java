package dev.skyway.portal.incidents.internal.metrics;

import static dev.skyway.schema.incidents.Tables.ACTION_ITEM;
import static dev.skyway.schema.incidents.Tables.AFFECTED_ACCOUNT;
import static dev.skyway.schema.incidents.Tables.INCIDENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Severity;

/** Reads what the metrics need: the typed timestamps of the incidents detected in a range, and action item counts. */
@Repository
public class MetricsQuery {

    public static final String UNASSIGNED = "Unassigned";

    private final DSLContext db;

    MetricsQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * @param ownerTeams the owner team of an account, or null; for incidents without a team of their own (their first
     *                   account's)
     */
    public List<MeasuredIncident> detectedBetween(Instant from, Instant to,
                                                  Function<String, @Nullable String> ownerTeams) {
        Field<String> firstAccount = DSL.field(DSL.select(DSL.min(AFFECTED_ACCOUNT.ACCOUNT_ID)).from(AFFECTED_ACCOUNT)
                .where(AFFECTED_ACCOUNT.INCIDENT_ID.eq(INCIDENT.ID))).as("first_account");
        return db.select(INCIDENT.SEVERITY, INCIDENT.TEAM, firstAccount, INCIDENT.IMPACT_STARTED_AT,
                        INCIDENT.DETECTED_AT, INCIDENT.ACKNOWLEDGED_AT, INCIDENT.MITIGATED_AT, INCIDENT.RESOLVED_AT,
                        INCIDENT.CLOSED_AT).from(INCIDENT)
                .where(INCIDENT.DETECTED_AT.ge(utc(from)).and(INCIDENT.DETECTED_AT.lt(utc(to))))
                .fetch(r -> {
                    String team = r.get(INCIDENT.TEAM);
                    String account = r.get(firstAccount);
                    if (team == null && account != null) {
                        team = ownerTeams.apply(account);
                    }
                    Instant detected = r.get(INCIDENT.DETECTED_AT).toInstant();
                    OffsetDateTime impact = r.get(INCIDENT.IMPACT_STARTED_AT);
                    return new MeasuredIncident(Severity.valueOf(r.get(INCIDENT.SEVERITY)),
                            team == null || team.isBlank() ? UNASSIGNED : team,
                            new IncidentTimestamps(impact == null ? detected : impact.toInstant(), detected,
                                    instant(r.get(INCIDENT.ACKNOWLEDGED_AT)), instant(r.get(INCIDENT.MITIGATED_AT)),
                                    instant(r.get(INCIDENT.RESOLVED_AT)), instant(r.get(INCIDENT.CLOSED_AT))));
                });
    }

    /** Open action items, and of which due before {@code today}. */
    public Map<String, Integer> openActionItems(LocalDate today) {
        var open = ACTION_ITEM.STATUS.eq("OPEN");
        return Map.of("open", db.fetchCount(ACTION_ITEM, open),
                "overdue", db.fetchCount(ACTION_ITEM, open.and(ACTION_ITEM.DUE_DATE.lt(today))));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
