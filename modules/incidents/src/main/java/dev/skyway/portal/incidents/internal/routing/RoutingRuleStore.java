package dev.skyway.portal.incidents.internal.routing;

import static dev.skyway.schema.incidents.Tables.ROUTING_RULE;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.RoutingAction;
import dev.skyway.portal.incidents.RoutingRule;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.schema.incidents.tables.records.RoutingRuleRecord;

/** The routing rules ({@code incidents.routing_rule}), by position. */
@Repository
public class RoutingRuleStore {

    private final DSLContext db;
    private final Clock clock;

    RoutingRuleStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<RoutingRule> all() {
        return db.selectFrom(ROUTING_RULE).orderBy(ROUTING_RULE.POSITION, ROUTING_RULE.CREATED_AT, ROUTING_RULE.ID)
                .fetch(RoutingRuleStore::rule);
    }

    public Optional<RoutingRule> find(UUID id) {
        return db.selectFrom(ROUTING_RULE).where(ROUTING_RULE.ID.eq(id)).fetchOptional(RoutingRuleStore::rule);
    }

    public int nextPosition() {
        Integer last = db.select(DSL.max(ROUTING_RULE.POSITION)).from(ROUTING_RULE).fetchOne().value1();
        return last == null ? 0 : last + 1;
    }

    public void insert(RoutingRule rule, UserKey createdBy) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        db.insertInto(ROUTING_RULE).set(ROUTING_RULE.ID, rule.id()).set(ROUTING_RULE.POSITION, rule.position())
                .set(ROUTING_RULE.NAME, rule.name()).set(ROUTING_RULE.ENABLED, rule.enabled())
                .set(ROUTING_RULE.MATCH_INTEGRATION_ID, rule.integrationId())
                .set(ROUTING_RULE.MATCH_MIN_SEVERITY, rule.minSeverity() == null ? null : rule.minSeverity().name())
                .set(ROUTING_RULE.MATCH_ACCOUNT_ID, rule.accountId()).set(ROUTING_RULE.MATCH_SERVICE, rule.service())
                .set(ROUTING_RULE.ACTION, rule.action().name())
                .set(ROUTING_RULE.INCIDENT_SEVERITY, rule.incidentSeverity() == null ? null
                        : rule.incidentSeverity().name())
                .set(ROUTING_RULE.ATTACH_WINDOW_MINUTES, rule.attachWindow() == null ? null
                        : (int) rule.attachWindow().toMinutes())
                .set(ROUTING_RULE.CREATED_BY_KEY, createdBy.canonical()).set(ROUTING_RULE.CREATED_AT, now)
                .set(ROUTING_RULE.UPDATED_AT, now).execute();
    }

    public boolean delete(UUID id) {
        return db.deleteFrom(ROUTING_RULE).where(ROUTING_RULE.ID.eq(id)).execute() == 1;
    }

    private static RoutingRule rule(RoutingRuleRecord r) {
        return new RoutingRule(r.getId(), r.getPosition(), r.getName(), r.getEnabled(), r.getMatchIntegrationId(),
                r.getMatchMinSeverity() == null ? null : AlertSeverity.valueOf(r.getMatchMinSeverity()),
                r.getMatchAccountId(), r.getMatchService(), RoutingAction.valueOf(r.getAction()),
                r.getIncidentSeverity() == null ? null : Severity.valueOf(r.getIncidentSeverity()),
                r.getAttachWindowMinutes() == null ? null : Duration.ofMinutes(r.getAttachWindowMinutes()));
    }
}
