package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.portal.provisioning.internal.requests.RequestRecords.at;
import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;
import static dev.skyway.schema.provisioning.Tables.REQUEST_PARAMETER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.RequestStatus;

/**
 * Product requests over the provisioning schema: a request is inserted once, then changes only by its own moves
 * ({@link RequestRow}), which {@link #save} persists. Its parameter values, outputs and tags are in
 * {@link RequestValues}; the encrypted NoEcho values are wiped here, with the request's lifecycle.
 */
@Repository
public class Requests {

    private final DSLContext db;
    private final RequestValues values;
    private final ProvisioningMetrics metrics;

    Requests(DSLContext db, RequestValues values, ProvisioningMetrics metrics) {
        this.db = db;
        this.values = values;
        this.metrics = metrics;
    }

    /** A new request (pending approval) with its parameter values in form order. */
    public void insert(RequestRow row, List<StoredParameter> parameters) {
        db.insertInto(PRODUCT_REQUEST).set(RequestRecords.record(row)).execute();
        values.insertParameters(row.id(), parameters);
    }

    /** Persists what a move changed (and nothing else: columns it left alone are not written); the request after it. */
    public RequestRow save(Transition transition) {
        Map<Field<?>, Object> changes = RequestRecords.changes(transition.before(), transition.after());
        if (!changes.isEmpty()) {
            db.update(PRODUCT_REQUEST).set(changes).where(PRODUCT_REQUEST.ID.eq(transition.after().id())).execute();
        }
        // a move that ends a run stamps its end as the request's last change
        metrics.saved(transition, transition.after().timing().updatedAt());
        return transition.after();
    }

    /** Whether any request was ever stored. */
    public boolean any() {
        return db.fetchExists(PRODUCT_REQUEST);
    }

    public Optional<RequestRow> find(UUID id) {
        return db.selectFrom(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ID.eq(id)).fetchOptional(RequestRecords::row);
    }

    /** Locks the row for a move (listeners, the poller and the requester may race). */
    public Optional<RequestRow> lock(UUID id) {
        return db.selectFrom(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional(RequestRecords::row);
    }

    /** Requests in {@code status} whose backoff (if any) is over at {@code now}, longest untouched first. */
    public List<UUID> idsDue(RequestStatus status, Instant now) {
        return db.select(PRODUCT_REQUEST.ID).from(PRODUCT_REQUEST).where(PRODUCT_REQUEST.STATUS.eq(status.name())
                        .and(PRODUCT_REQUEST.NEXT_ATTEMPT_AT.isNull().or(PRODUCT_REQUEST.NEXT_ATTEMPT_AT.le(at(now)))))
                .orderBy(PRODUCT_REQUEST.UPDATED_AT).fetch(PRODUCT_REQUEST.ID);
    }

    /** Forgets the encrypted NoEcho values (after provisioning, successful or not). */
    public void wipeSecrets(UUID id) {
        db.update(REQUEST_PARAMETER).set(REQUEST_PARAMETER.SECRET_VALUE, (String) null)
                .where(REQUEST_PARAMETER.REQUEST_ID.eq(id)).execute();
    }

    /** Gives up on failed requests untouched since {@code before}: their encrypted NoEcho values are wiped. */
    public int wipeSecretsOfFailedBefore(Instant before) {
        return db.update(REQUEST_PARAMETER).set(REQUEST_PARAMETER.SECRET_VALUE, (String) null)
                .where(REQUEST_PARAMETER.SECRET_VALUE.isNotNull()
                        .and(REQUEST_PARAMETER.REQUEST_ID.in(DSL.select(PRODUCT_REQUEST.ID).from(PRODUCT_REQUEST)
                                .where(PRODUCT_REQUEST.STATUS.eq(RequestStatus.FAILED.name())
                                        .and(PRODUCT_REQUEST.UPDATED_AT.lt(at(before)))))))
                .execute();
    }

    /** Stores a re-entered NoEcho value (encrypted) for a retry. */
    public void setSecret(UUID id, String key, String sealed) {
        db.update(REQUEST_PARAMETER).set(REQUEST_PARAMETER.SECRET_VALUE, sealed)
                .where(REQUEST_PARAMETER.REQUEST_ID.eq(id).and(REQUEST_PARAMETER.PARAM_KEY.eq(key))
                        .and(REQUEST_PARAMETER.NO_ECHO.isTrue())).execute();
    }

    /** Requests of this person (by key: issuer and subject), whatever username they had then. */
    static Condition requestedBy(UserKey requester) {
        return PRODUCT_REQUEST.REQUESTER_ISSUER.eq(requester.issuer())
                .and(PRODUCT_REQUEST.REQUESTER_SUBJECT.eq(requester.subject()));
    }
}
