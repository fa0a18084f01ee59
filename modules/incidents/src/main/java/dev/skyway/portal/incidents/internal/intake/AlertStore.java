package dev.skyway.portal.incidents.internal.intake;

import static dev.skyway.schema.incidents.Tables.ALERT;
import static dev.skyway.schema.incidents.Tables.ALERT_EVENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.schema.incidents.tables.records.AlertRecord;

/**
 * The alerts ({@code incidents.alert}) and what happened to each ({@code incidents.alert_event}). An integration has
 * at most one open alert per dedup key (the database holds {@code open_key} unique), so replicas receiving the same
 * key at once still count one alert with two occurrences; every message that touches an open alert counts as an
 * occurrence.
 */
@Repository
public class AlertStore {

    private static final int ATTEMPTS = 5;

    private final DSLContext db;

    AlertStore(DSLContext db) {
        this.db = db;
    }

    /**
     * Applies a signal to the open alert of its key: a trigger opens one when there is none; an acknowledgement,
     * resolution or annotation of a key with no open alert changes nothing.
     *
     * @return the alert the signal touched, and whether the signal opened it
     */
    public Optional<Recorded> record(UUID integrationId, AlertSignal signal, @Nullable Long rawPayloadId, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<UUID> updated = updateOpen(integrationId, signal, at);
            if (updated.isPresent()) {
                event(updated.get(), eventKind(signal, true), signal.note(), rawPayloadId, at);
                return Optional.of(new Recorded(updated.get(), false));
            }
            if (signal.action() != SignalAction.TRIGGER) {
                return Optional.empty();
            }
            UUID created = UUID.randomUUID();
            if (insert(created, integrationId, signal, at)) {
                event(created, "TRIGGERED", signal.note(), rawPayloadId, at);
                return Optional.of(new Recorded(created, true));
            }
        }
        throw new IllegalStateException("Alert " + signal.dedupKey() + " kept changing while being recorded");
    }

    /** An alert a signal touched; {@code opened} when the signal opened it. */
    public record Recorded(UUID alertId, boolean opened) {
    }

    /** The alert now belongs to the incident (routing attached it, or opened the incident for it). */
    public void linkIncident(UUID alertId, UUID incidentId) {
        db.update(ALERT).set(ALERT.INCIDENT_ID, incidentId).set(ALERT.VERSION, ALERT.VERSION.plus(1))
                .where(ALERT.ID.eq(alertId)).execute();
    }

    /** Applies the signal to the key's open alert, if there is one, in one statement (no read first). */
    private Optional<UUID> updateOpen(UUID integrationId, AlertSignal signal, Instant at) {
        var update = db.update(ALERT).set(ALERT.OCCURRENCES, ALERT.OCCURRENCES.plus(1))
                .set(ALERT.LAST_SEEN_AT, IntegrationStore.utc(at)).set(ALERT.VERSION, ALERT.VERSION.plus(1));
        switch (signal.action()) {
            case TRIGGER -> update = update.set(ALERT.SEVERITY, signal.severity().name())
                    .set(ALERT.SUMMARY, signal.summary()).set(ALERT.DETAILS, signal.details());
            case ACKNOWLEDGE -> update = update.set(ALERT.STATUS, AlertStatus.ACKNOWLEDGED.name())
                    .set(ALERT.ACKNOWLEDGED_AT, DSL.coalesce(ALERT.ACKNOWLEDGED_AT, DSL.val(IntegrationStore.utc(at))));
            case RESOLVE -> update = update.set(ALERT.STATUS, AlertStatus.RESOLVED.name())
                    .set(ALERT.OPEN_KEY, (String) null).set(ALERT.RESOLVED_AT, IntegrationStore.utc(at));
            case ANNOTATE -> {
                // an annotation changes nothing but the count and the time last seen
            }
        }
        return update.where(openAlert(integrationId, signal.dedupKey())).returningResult(ALERT.ID).fetchOptional()
                .map(r -> r.value1());
    }

    private boolean insert(UUID id, UUID integrationId, AlertSignal s, Instant at) {
        try {
            return db.insertInto(ALERT).set(ALERT.ID, id).set(ALERT.INTEGRATION_ID, integrationId)
                    .set(ALERT.DEDUP_KEY, s.dedupKey()).set(ALERT.OPEN_KEY, s.dedupKey()).set(ALERT.KIND, s.kind().name())
                    .set(ALERT.STATUS, AlertStatus.TRIGGERED.name()).set(ALERT.SEVERITY, s.severity().name())
                    .set(ALERT.SUMMARY, s.summary()).set(ALERT.SOURCE, s.source()).set(ALERT.ACCOUNT_ID, s.accountId())
                    .set(ALERT.REGION, s.region()).set(ALERT.SERVICE, s.service()).set(ALERT.RESOURCE, s.resource())
                    .set(ALERT.DETAILS, s.details()).set(ALERT.OCCURRENCES, 1)
                    .set(ALERT.FIRST_SEEN_AT, IntegrationStore.utc(at)).set(ALERT.LAST_SEEN_AT, IntegrationStore.utc(at))
                    .onConflict(ALERT.INTEGRATION_ID, ALERT.OPEN_KEY).doNothing().execute() == 1;
        } catch (DuplicateKeyException e) {
            // H2 emulates ON CONFLICT with MERGE, which can still lose a race: the other insert won, update that one
            return false;
        }
    }

    private void event(UUID alertId, String kind, @Nullable String note, @Nullable Long rawPayloadId, Instant at) {
        db.insertInto(ALERT_EVENT).set(ALERT_EVENT.ALERT_ID, alertId).set(ALERT_EVENT.AT, IntegrationStore.utc(at))
                .set(ALERT_EVENT.KIND, kind).set(ALERT_EVENT.NOTE, note).set(ALERT_EVENT.RAW_PAYLOAD_ID, rawPayloadId)
                .execute();
    }

    private static String eventKind(AlertSignal signal, boolean existing) {
        return switch (signal.action()) {
            case TRIGGER -> existing ? "REPEATED" : "TRIGGERED";
            case ACKNOWLEDGE -> "ACKNOWLEDGED";
            case RESOLVE -> "RESOLVED";
            case ANNOTATE -> "ANNOTATED";
        };
    }

    private static Condition openAlert(UUID integrationId, String dedupKey) {
        return ALERT.INTEGRATION_ID.eq(integrationId).and(ALERT.OPEN_KEY.eq(dedupKey));
    }

    public Optional<Alert> find(UUID id) {
        return db.selectFrom(ALERT).where(ALERT.ID.eq(id)).fetchOptional(AlertStore::alert);
    }

    /** Newest first seen first. */
    public List<Alert> find(@Nullable UUID integrationId, @Nullable AlertStatus status, int offset, int limit) {
        return db.selectFrom(ALERT).where(filter(integrationId, status))
                .orderBy(ALERT.FIRST_SEEN_AT.desc(), ALERT.ID).offset(offset).limit(limit).fetch(AlertStore::alert);
    }

    /** The alerts attached to an incident, oldest first seen first. */
    public List<Alert> ofIncident(UUID incidentId) {
        return db.selectFrom(ALERT).where(ALERT.INCIDENT_ID.eq(incidentId)).orderBy(ALERT.FIRST_SEEN_AT, ALERT.ID)
                .fetch(AlertStore::alert);
    }

    public int count(@Nullable UUID integrationId, @Nullable AlertStatus status) {
        return db.fetchCount(ALERT, filter(integrationId, status));
    }

    /** The kinds of what happened to an alert, oldest first (e.g. TRIGGERED, REPEATED, RESOLVED). */
    public List<String> events(UUID alertId) {
        return db.select(ALERT_EVENT.KIND).from(ALERT_EVENT).where(ALERT_EVENT.ALERT_ID.eq(alertId))
                .orderBy(ALERT_EVENT.AT, ALERT_EVENT.ID).fetch(ALERT_EVENT.KIND);
    }

    private static Condition filter(@Nullable UUID integrationId, @Nullable AlertStatus status) {
        List<Condition> conditions = new ArrayList<>();
        if (integrationId != null) {
            conditions.add(ALERT.INTEGRATION_ID.eq(integrationId));
        }
        if (status != null) {
            conditions.add(ALERT.STATUS.eq(status.name()));
        }
        return DSL.and(conditions);
    }

    private static Alert alert(AlertRecord r) {
        return new Alert(r.getId(), r.getIntegrationId(), r.getDedupKey(), AlertKind.valueOf(r.getKind()),
                AlertStatus.valueOf(r.getStatus()), AlertSeverity.valueOf(r.getSeverity()), r.getSummary(),
                r.getSource(), r.getAccountId(), r.getRegion(), r.getService(), r.getResource(), r.getDetails(),
                r.getOccurrences(), r.getFirstSeenAt().toInstant(), r.getLastSeenAt().toInstant(),
                IntegrationStore.instant(r.getAcknowledgedAt()), IntegrationStore.instant(r.getResolvedAt()),
                r.getIncidentId());
    }
}
