package dev.skyway.portal.incidents.internal.lifecycle;

import static dev.skyway.schema.incidents.Tables.AFFECTED_ACCOUNT;
import static dev.skyway.schema.incidents.Tables.INCIDENT;
import static dev.skyway.schema.incidents.Tables.INCIDENT_ROLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.schema.incidents.Sequences;
import dev.skyway.schema.incidents.tables.records.IncidentRecord;

/**
 * The incidents ({@code incidents.incident}) with their affected accounts and commander. A change is stored only
 * if the incident is still at the version it was read at.
 */
@Repository
public class IncidentStore {

    static final String COMMANDER = "COMMANDER";
    private static final List<String> OPEN = List.of(IncidentStatus.TRIGGERED.name(),
            IncidentStatus.ACKNOWLEDGED.name(), IncidentStatus.MITIGATED.name());

    private final DSLContext db;

    IncidentStore(DSLContext db) {
        this.db = db;
    }

    public long nextNumber() {
        return db.nextval(Sequences.INCIDENT_NUMBER);
    }

    public void insert(Incident incident, Instant at) {
        IncidentTimestamps t = incident.timestamps();
        db.insertInto(INCIDENT).set(INCIDENT.ID, incident.id()).set(INCIDENT.NUMBER, incident.number())
                .set(INCIDENT.TITLE, incident.title()).set(INCIDENT.SUMMARY, incident.summary())
                .set(INCIDENT.STATUS, incident.status().name()).set(INCIDENT.SEVERITY, incident.severity().name())
                .set(INCIDENT.SOURCE, incident.source().name())
                .set(INCIDENT.ORGANIZATION_WIDE, incident.organizationWide())
                .set(INCIDENT.FIRST_ACCOUNT_ID, incident.accountIds().stream().min(String::compareTo).orElse(null))
                .set(INCIDENT.DECLARED_BY_KEY, incident.declaredBy().key().canonical())
                .set(INCIDENT.DECLARED_BY_NAME, incident.declaredBy().name())
                .set(INCIDENT.IMPACT_STARTED_AT, utc(t.impactStartedAt())).set(INCIDENT.DETECTED_AT, utc(t.detectedAt()))
                .set(INCIDENT.ACKNOWLEDGED_AT, utc(t.acknowledgedAt())).set(INCIDENT.MITIGATED_AT, utc(t.mitigatedAt()))
                .set(INCIDENT.RESOLVED_AT, utc(t.resolvedAt())).set(INCIDENT.CLOSED_AT, utc(t.closedAt()))
                .set(INCIDENT.CREATED_AT, utc(at)).set(INCIDENT.UPDATED_AT, utc(at))
                .set(INCIDENT.VERSION, incident.version()).execute();
        for (String account : incident.accountIds()) {
            db.insertInto(AFFECTED_ACCOUNT).set(AFFECTED_ACCOUNT.INCIDENT_ID, incident.id())
                    .set(AFFECTED_ACCOUNT.ACCOUNT_ID, account).set(AFFECTED_ACCOUNT.ADDED_AT, utc(at)).execute();
        }
        if (incident.commander() != null) {
            command(incident.id(), incident.commander(), incident.declaredBy().key(), at);
        }
    }

    /**
     * Stores the incident's status and timestamps (and a new commander) if nobody changed it since {@code version}.
     *
     * @return false when it changed meanwhile
     */
    public boolean update(Incident changed, int version, UserKey actor, Instant at) {
        IncidentTimestamps t = changed.timestamps();
        boolean stored = db.update(INCIDENT).set(INCIDENT.STATUS, changed.status().name())
                .set(INCIDENT.ACKNOWLEDGED_AT, utc(t.acknowledgedAt())).set(INCIDENT.MITIGATED_AT, utc(t.mitigatedAt()))
                .set(INCIDENT.RESOLVED_AT, utc(t.resolvedAt())).set(INCIDENT.CLOSED_AT, utc(t.closedAt()))
                .set(INCIDENT.UPDATED_AT, utc(at)).set(INCIDENT.VERSION, INCIDENT.VERSION.plus(1))
                .where(INCIDENT.ID.eq(changed.id()).and(INCIDENT.VERSION.eq(version))).execute() == 1;
        if (stored && changed.commander() != null) {
            db.deleteFrom(INCIDENT_ROLE).where(INCIDENT_ROLE.INCIDENT_ID.eq(changed.id())
                    .and(INCIDENT_ROLE.ROLE.eq(COMMANDER)).and(INCIDENT_ROLE.USER_KEY
                            .ne(changed.commander().key().canonical()))).execute();
            if (!db.fetchExists(INCIDENT_ROLE, INCIDENT_ROLE.INCIDENT_ID.eq(changed.id())
                    .and(INCIDENT_ROLE.ROLE.eq(COMMANDER)))) {
                command(changed.id(), changed.commander(), actor, at);
            }
        }
        return stored;
    }

    public Optional<Incident> find(UUID id) {
        return db.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).fetchOptional().map(this::incident);
    }

    /**
     * Stores a corrected severity and impact start if nobody changed the incident since {@code version}.
     *
     * @return false when it changed meanwhile
     */
    public boolean correct(UUID id, int version, Severity severity, Instant impactStartedAt, Instant at) {
        return db.update(INCIDENT).set(INCIDENT.SEVERITY, severity.name())
                .set(INCIDENT.IMPACT_STARTED_AT, utc(impactStartedAt)).set(INCIDENT.UPDATED_AT, utc(at))
                .set(INCIDENT.VERSION, INCIDENT.VERSION.plus(1))
                .where(INCIDENT.ID.eq(id).and(INCIDENT.VERSION.eq(version))).execute() == 1;
    }

    /** One page of the incidents the query matches, in its order. */
    public List<Incident> list(IncidentQuery query, int offset, int limit) {
        List<IncidentRecord> page = query.sort() == IncidentQuery.Sort.OPEN ? openFirst(query, offset, limit)
                : db.selectFrom(INCIDENT).where(IncidentListConditions.of(query))
                .orderBy(IncidentListConditions.order(query.sort())).offset(offset).limit(limit).fetch();
        List<UUID> ids = page.stream().map(IncidentRecord::getId).toList();
        Map<UUID, List<String>> accounts = db.select(AFFECTED_ACCOUNT.INCIDENT_ID, AFFECTED_ACCOUNT.ACCOUNT_ID)
                .from(AFFECTED_ACCOUNT).where(AFFECTED_ACCOUNT.INCIDENT_ID.in(ids)).orderBy(AFFECTED_ACCOUNT.ACCOUNT_ID)
                .fetchGroups(AFFECTED_ACCOUNT.INCIDENT_ID, AFFECTED_ACCOUNT.ACCOUNT_ID);
        Map<UUID, Participant> commanders = db.select(INCIDENT_ROLE.INCIDENT_ID, INCIDENT_ROLE.USER_KEY,
                        INCIDENT_ROLE.USER_NAME).from(INCIDENT_ROLE)
                .where(INCIDENT_ROLE.INCIDENT_ID.in(ids).and(INCIDENT_ROLE.ROLE.eq(COMMANDER)))
                .fetchMap(INCIDENT_ROLE.INCIDENT_ID, row -> new Participant(UserKey.parse(row.value2()), row.value3()));
        return page.stream().map(r -> incident(r, accounts.getOrDefault(r.getId(), List.of()),
                commanders.get(r.getId()))).toList();
    }

    /**
     * Open ones first, each part newest first: read as two parts that indexes hand over in order (an order by "is it
     * open" would sort every matching incident for each page).
     */
    private List<IncidentRecord> openFirst(IncidentQuery query, int offset, int limit) {
        Condition filter = IncidentListConditions.of(query);
        Condition open = INCIDENT.STATUS.in(OPEN);
        int openCount = db.fetchCount(INCIDENT, filter.and(open));
        List<IncidentRecord> page = new ArrayList<>();
        if (offset < openCount) {
            page.addAll(db.selectFrom(INCIDENT).where(filter.and(open))
                    .orderBy(INCIDENT.DETECTED_AT.desc(), INCIDENT.ID.asc()).offset(offset).limit(limit).fetch());
        }
        if (page.size() < limit) {
            page.addAll(db.selectFrom(INCIDENT).where(filter.and(INCIDENT.STATUS.notIn(OPEN)))
                    .orderBy(INCIDENT.DETECTED_AT.desc(), INCIDENT.ID.asc()).offset(Math.max(0, offset - openCount))
                    .limit(limit - page.size()).fetch());
        }
        return page;
    }

    public int count(IncidentQuery query) {
        return db.fetchCount(INCIDENT, IncidentListConditions.of(query));
    }

    /** The newest open incident on the account detected at or after {@code since}, if any. */
    public Optional<UUID> openOnAccountSince(String accountId, Instant since) {
        return db.select(INCIDENT.ID).from(INCIDENT).join(AFFECTED_ACCOUNT)
                .on(AFFECTED_ACCOUNT.INCIDENT_ID.eq(INCIDENT.ID))
                .where(AFFECTED_ACCOUNT.ACCOUNT_ID.eq(accountId).and(INCIDENT.STATUS.in(OPEN))
                        .and(INCIDENT.DETECTED_AT.ge(utc(since))))
                .orderBy(INCIDENT.DETECTED_AT.desc(), INCIDENT.ID).limit(1).fetchOptional(INCIDENT.ID);
    }

    private void command(UUID incidentId, Participant commander, UserKey assignedBy, Instant at) {
        db.insertInto(INCIDENT_ROLE).set(INCIDENT_ROLE.INCIDENT_ID, incidentId).set(INCIDENT_ROLE.ROLE, COMMANDER)
                .set(INCIDENT_ROLE.USER_KEY, commander.key().canonical()).set(INCIDENT_ROLE.USER_NAME, commander.name())
                .set(INCIDENT_ROLE.ASSIGNED_BY_KEY, assignedBy.canonical()).set(INCIDENT_ROLE.ASSIGNED_AT, utc(at))
                .execute();
    }

    private Incident incident(IncidentRecord r) {
        List<String> accounts = db.select(AFFECTED_ACCOUNT.ACCOUNT_ID).from(AFFECTED_ACCOUNT)
                .where(AFFECTED_ACCOUNT.INCIDENT_ID.eq(r.getId())).orderBy(AFFECTED_ACCOUNT.ACCOUNT_ID)
                .fetch(AFFECTED_ACCOUNT.ACCOUNT_ID);
        Participant commander = db.select(INCIDENT_ROLE.USER_KEY, INCIDENT_ROLE.USER_NAME).from(INCIDENT_ROLE)
                .where(INCIDENT_ROLE.INCIDENT_ID.eq(r.getId()).and(INCIDENT_ROLE.ROLE.eq(COMMANDER)))
                .fetchOptional(row -> new Participant(UserKey.parse(row.value1()), row.value2())).orElse(null);
        return incident(r, accounts, commander);
    }

    private static Incident incident(IncidentRecord r, List<String> accounts, @Nullable Participant commander) {
        IncidentTimestamps timestamps = new IncidentTimestamps(r.getImpactStartedAt().toInstant(),
                r.getDetectedAt().toInstant(), instant(r.getAcknowledgedAt()), instant(r.getMitigatedAt()),
                instant(r.getResolvedAt()), instant(r.getClosedAt()));
        return new Incident(r.getId(), r.getNumber(), r.getTitle(), r.getSummary(),
                IncidentStatus.valueOf(r.getStatus()), Severity.valueOf(r.getSeverity()),
                Incident.Source.valueOf(r.getSource()), r.getOrganizationWide(), accounts,
                new Participant(UserKey.parse(r.getDeclaredByKey()), r.getDeclaredByName()), commander, timestamps,
                r.getVersion());
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
