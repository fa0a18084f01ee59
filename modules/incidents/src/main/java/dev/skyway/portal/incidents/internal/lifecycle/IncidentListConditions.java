package dev.skyway.portal.incidents.internal.lifecycle;

import static dev.skyway.schema.incidents.Tables.AFFECTED_ACCOUNT;
import static dev.skyway.schema.incidents.Tables.INCIDENT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import dev.skyway.portal.incidents.IncidentStatus;

/** An incident list query in SQL: its filter and its order (ties broken by id, so pages never overlap). */
final class IncidentListConditions {

    private IncidentListConditions() {
    }

    static Condition of(IncidentQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add(INCIDENT.STATUS.in(query.statuses().stream().map(IncidentStatus::name).toList()));
        }
        if (query.severity() != null) {
            conditions.add(INCIDENT.SEVERITY.eq(query.severity().name()));
        }
        if (query.accountId() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(AFFECTED_ACCOUNT).where(AFFECTED_ACCOUNT.INCIDENT_ID
                    .eq(INCIDENT.ID).and(AFFECTED_ACCOUNT.ACCOUNT_ID.eq(query.accountId())))));
        }
        if (query.number() != null) {
            conditions.add(INCIDENT.NUMBER.eq(query.number()));
        }
        if (query.text() != null) {
            conditions.add(INCIDENT.TITLE.lower().contains(query.text()));
        }
        return DSL.and(conditions);
    }

    static List<SortField<?>> order(IncidentQuery.Sort sort) {
        return switch (sort) {
            case OPEN -> List.of(DSL.when(INCIDENT.STATUS.in(IncidentQuery.OPEN.stream().map(IncidentStatus::name)
                    .toList()), 0).otherwise(1).asc(), INCIDENT.DETECTED_AT.desc(), INCIDENT.ID.asc());
            case NEWEST -> List.of(INCIDENT.DETECTED_AT.desc(), INCIDENT.ID.asc());
            case OLDEST -> List.of(INCIDENT.DETECTED_AT.asc(), INCIDENT.ID.asc());
            case SEVERITY -> List.of(INCIDENT.SEVERITY.asc(), INCIDENT.DETECTED_AT.desc(), INCIDENT.ID.asc());
        };
    }
}
