package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;
import static dev.skyway.schema.provisioning.Tables.REQUEST_OUTPUT;
import static dev.skyway.schema.provisioning.Tables.REQUEST_PARAMETER;
import static dev.skyway.schema.provisioning.Tables.REQUEST_RESUBMISSION;
import static dev.skyway.schema.provisioning.Tables.REQUEST_TAG;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.RequestResubmission;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.schema.provisioning.tables.records.ProductRequestRecord;

/** Product requests, their parameter values and outputs, over the catalog schema. */
@Repository
public class Requests {

    private final DSLContext db;

    Requests(DSLContext db) {
        this.db = db;
    }

    public void insert(RequestRow r, List<RequestRow.Parameter> parameters) {
        db.insertInto(PRODUCT_REQUEST)
                .set(PRODUCT_REQUEST.ID, r.id())
                .set(PRODUCT_REQUEST.PRODUCT_ID, r.productId())
                .set(PRODUCT_REQUEST.PRODUCT_NAME, r.productName())
                .set(PRODUCT_REQUEST.VERSION_ID, r.versionId())
                .set(PRODUCT_REQUEST.VERSION_NAME, r.versionName())
                .set(PRODUCT_REQUEST.ENVIRONMENT, r.environment())
                .set(PRODUCT_REQUEST.ACCOUNT_ID, r.accountId())
                .set(PRODUCT_REQUEST.JUSTIFICATION, r.justification())
                .set(PRODUCT_REQUEST.COST_CENTER, r.costCenter())
                .set(PRODUCT_REQUEST.REQUESTER, r.requester())
                .set(PRODUCT_REQUEST.REQUESTER_NAME, r.requesterName())
                .set(PRODUCT_REQUEST.REQUESTER_ISSUER, r.requesterIssuer())
                .set(PRODUCT_REQUEST.REQUESTER_SUBJECT, r.requesterSubject())
                .set(PRODUCT_REQUEST.TEAM, r.team())
                .set(PRODUCT_REQUEST.STATUS, r.status().name())
                .set(PRODUCT_REQUEST.STATUS_REASON, fitted(r.statusReason()))
                .set(PRODUCT_REQUEST.COST_AMOUNT, r.costAmount())
                .set(PRODUCT_REQUEST.COST_CURRENCY, r.costCurrency())
                .set(PRODUCT_REQUEST.SUBJECT_HASH, r.subjectHash())
                .set(PRODUCT_REQUEST.PROCESS_ID, r.processId())
                .set(PRODUCT_REQUEST.PROVISION_TOKEN, r.provisionToken())
                .set(PRODUCT_REQUEST.PROVISIONED_NAME, r.provisionedName())
                .set(PRODUCT_REQUEST.RECORD_ID, r.recordId())
                .set(PRODUCT_REQUEST.CREATED_AT, at(r.createdAt()))
                .set(PRODUCT_REQUEST.UPDATED_AT, at(r.updatedAt()))
                .execute();
        insertParameters(r.id(), parameters);
    }

    /** Parameter values in form order. */
    private void insertParameters(UUID id, List<RequestRow.Parameter> parameters) {
        int position = 0;
        for (RequestRow.Parameter p : parameters) {
            db.insertInto(REQUEST_PARAMETER)
                    .set(REQUEST_PARAMETER.REQUEST_ID, id)
                    .set(REQUEST_PARAMETER.POSITION, position++)
                    .set(REQUEST_PARAMETER.PARAM_KEY, p.key())
                    .set(REQUEST_PARAMETER.PARAM_VALUE, p.value())
                    .set(REQUEST_PARAMETER.NO_ECHO, p.noEcho())
                    .set(REQUEST_PARAMETER.SECRET_VALUE, p.sealed())
                    .execute();
        }
    }

    /** The length of a request's status reason column. */
    public static final int MAX_STATUS_REASON = 4000;

    static String fitted(String reason) {
        return reason == null || reason.length() <= MAX_STATUS_REASON ? reason
                : reason.substring(0, MAX_STATUS_REASON - 1) + "…";
    }

    public Optional<RequestRow> find(UUID id) {
        return db.selectFrom(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ID.eq(id)).fetchOptional(Requests::row);
    }

    /** Locks the row for a status change (listeners and the poller may race). */
    public Optional<RequestRow> lock(UUID id) {
        return db.selectFrom(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional(Requests::row);
    }

    /**
     * Requests visible to a reader, newest first.
     *
     * @param requester only this user's; null for all
     * @param status    null for any
     */
    public List<RequestRow> list(UserKey requester, RequestStatus status, int offset, int limit) {
        return db.selectFrom(PRODUCT_REQUEST).where(filter(requester, status))
                .orderBy(PRODUCT_REQUEST.CREATED_AT.desc(), PRODUCT_REQUEST.ID).offset(offset).limit(limit)
                .fetch(Requests::row);
    }

    public int count(UserKey requester, RequestStatus status) {
        return db.fetchCount(PRODUCT_REQUEST, filter(requester, status));
    }

    public List<UUID> idsIn(RequestStatus status) {
        return db.select(PRODUCT_REQUEST.ID).from(PRODUCT_REQUEST).where(PRODUCT_REQUEST.STATUS.eq(status.name()))
                .orderBy(PRODUCT_REQUEST.UPDATED_AT).fetch(PRODUCT_REQUEST.ID);
    }

    public List<RequestRow.Parameter> parameters(UUID id) {
        return db.selectFrom(REQUEST_PARAMETER).where(REQUEST_PARAMETER.REQUEST_ID.eq(id))
                .orderBy(REQUEST_PARAMETER.POSITION).fetch(r -> new RequestRow.Parameter(r.getParamKey(),
                        r.getParamValue(), r.getNoEcho(), r.getSecretValue()));
    }

    public List<RequestRow.Output> outputs(UUID id) {
        return db.selectFrom(REQUEST_OUTPUT).where(REQUEST_OUTPUT.REQUEST_ID.eq(id))
                .orderBy(REQUEST_OUTPUT.POSITION).fetch(r -> new RequestRow.Output(r.getOutputKey(),
                        r.getOutputValue()));
    }

    public void setProcess(UUID id, UUID processId) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.PROCESS_ID, processId).where(PRODUCT_REQUEST.ID.eq(id))
                .execute();
    }

    /**
     * @param reason kept whole up to {@link #MAX_STATUS_REASON} characters (an approver's reason always fits: the
     *               approval engine keeps no more); a longer one, such as an AWS error message, is shortened rather
     *               than failing the status change
     */
    public void setStatus(UUID id, RequestStatus status, String reason, Instant now) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.STATUS, status.name())
                .set(PRODUCT_REQUEST.STATUS_REASON, fitted(reason)).set(PRODUCT_REQUEST.UPDATED_AT, at(now))
                .where(PRODUCT_REQUEST.ID.eq(id)).execute();
    }

    public void setRecord(UUID id, String recordId, Instant now) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.RECORD_ID, recordId)
                .set(PRODUCT_REQUEST.UPDATED_AT, at(now)).where(PRODUCT_REQUEST.ID.eq(id)).execute();
    }

    public void saveOutputs(UUID id, Map<String, String> outputs) {
        int position = 0;
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            db.insertInto(REQUEST_OUTPUT).set(REQUEST_OUTPUT.REQUEST_ID, id)
                    .set(REQUEST_OUTPUT.POSITION, position++).set(REQUEST_OUTPUT.OUTPUT_KEY, output.getKey())
                    .set(REQUEST_OUTPUT.OUTPUT_VALUE, output.getValue()).execute();
        }
    }

    /** Stores a request's tags in the given order. */
    public void insertTags(UUID id, Map<String, String> tags) {
        int position = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            db.insertInto(REQUEST_TAG).set(REQUEST_TAG.REQUEST_ID, id).set(REQUEST_TAG.POSITION, position++)
                    .set(REQUEST_TAG.TAG_KEY, tag.getKey()).set(REQUEST_TAG.TAG_VALUE, tag.getValue()).execute();
        }
    }

    /** Replaces a request's tags (an edited request). */
    public void replaceTags(UUID id, Map<String, String> tags) {
        db.deleteFrom(REQUEST_TAG).where(REQUEST_TAG.REQUEST_ID.eq(id)).execute();
        insertTags(id, tags);
    }

    /** A request's tags in the order they were given; empty when it has none. */
    public Map<String, String> tags(UUID id) {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        db.selectFrom(REQUEST_TAG).where(REQUEST_TAG.REQUEST_ID.eq(id)).orderBy(REQUEST_TAG.POSITION)
                .forEach(r -> tags.put(r.getTagKey(), r.getTagValue()));
        return tags;
    }

    /** Forgets the encrypted NoEcho values (after provisioning, successful or not). */
    public void wipeSecrets(UUID id) {
        db.update(REQUEST_PARAMETER).set(REQUEST_PARAMETER.SECRET_VALUE, (String) null)
                .where(REQUEST_PARAMETER.REQUEST_ID.eq(id)).execute();
    }

    /**
     * Replaces what the requester may edit (after changes were requested): version, where, why, estimate, subject hash,
     * provisioned name and every parameter value; the request is pending approval again.
     */
    public void update(RequestRow r, List<RequestRow.Parameter> parameters) {
        db.update(PRODUCT_REQUEST)
                .set(PRODUCT_REQUEST.VERSION_ID, r.versionId())
                .set(PRODUCT_REQUEST.VERSION_NAME, r.versionName())
                .set(PRODUCT_REQUEST.ENVIRONMENT, r.environment())
                .set(PRODUCT_REQUEST.ACCOUNT_ID, r.accountId())
                .set(PRODUCT_REQUEST.JUSTIFICATION, r.justification())
                .set(PRODUCT_REQUEST.COST_CENTER, r.costCenter())
                .set(PRODUCT_REQUEST.STATUS, r.status().name())
                .set(PRODUCT_REQUEST.STATUS_REASON, fitted(r.statusReason()))
                .set(PRODUCT_REQUEST.COST_AMOUNT, r.costAmount())
                .set(PRODUCT_REQUEST.COST_CURRENCY, r.costCurrency())
                .set(PRODUCT_REQUEST.SUBJECT_HASH, r.subjectHash())
                .set(PRODUCT_REQUEST.PROVISIONED_NAME, r.provisionedName())
                .set(PRODUCT_REQUEST.UPDATED_AT, at(r.updatedAt()))
                .where(PRODUCT_REQUEST.ID.eq(r.id())).execute();
        db.deleteFrom(REQUEST_PARAMETER).where(REQUEST_PARAMETER.REQUEST_ID.eq(r.id())).execute();
        insertParameters(r.id(), parameters);
    }

    /** Where provisioning stands beyond the status: attempt, throttling backoff, provisioned product id. */
    public Optional<Attempt> attempt(UUID id) {
        return db.select(PRODUCT_REQUEST.ATTEMPT, PRODUCT_REQUEST.THROTTLED, PRODUCT_REQUEST.NEXT_ATTEMPT_AT,
                        PRODUCT_REQUEST.PROVISIONED_PRODUCT_ID).from(PRODUCT_REQUEST)
                .where(PRODUCT_REQUEST.ID.eq(id))
                .fetchOptional(r -> new Attempt(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().toInstant(), r.value4()));
    }

    /**
     * A new provisioning attempt: a fresh provision token (stored now, before any call), no record, PROVISIONING.
     */
    public void newAttempt(UUID id, String provisionToken, Instant now) {
        db.update(PRODUCT_REQUEST)
                .set(PRODUCT_REQUEST.PROVISION_TOKEN, provisionToken)
                .set(PRODUCT_REQUEST.RECORD_ID, (String) null)
                .set(PRODUCT_REQUEST.PROVISIONED_PRODUCT_ID, (String) null)
                .set(PRODUCT_REQUEST.ATTEMPT, PRODUCT_REQUEST.ATTEMPT.plus(1))
                .set(PRODUCT_REQUEST.THROTTLED, 0)
                .set(PRODUCT_REQUEST.NEXT_ATTEMPT_AT, (OffsetDateTime) null)
                .set(PRODUCT_REQUEST.STATUS, RequestStatus.PROVISIONING.name())
                .set(PRODUCT_REQUEST.STATUS_REASON, (String) null)
                .set(PRODUCT_REQUEST.UPDATED_AT, at(now))
                .where(PRODUCT_REQUEST.ID.eq(id)).execute();
        db.deleteFrom(REQUEST_OUTPUT).where(REQUEST_OUTPUT.REQUEST_ID.eq(id)).execute();
    }

    /** The provisioner throttled (or could not be reached): say so, and leave the request alone until {@code next}. */
    public void backOff(UUID id, String reason, Instant next) {
        db.update(PRODUCT_REQUEST)
                .set(PRODUCT_REQUEST.THROTTLED, PRODUCT_REQUEST.THROTTLED.plus(1))
                .set(PRODUCT_REQUEST.STATUS_REASON, fitted(reason))
                .set(PRODUCT_REQUEST.NEXT_ATTEMPT_AT, at(next))
                .where(PRODUCT_REQUEST.ID.eq(id)).execute();
    }

    /** The provisioner answered again: no backoff, no throttling message. */
    public void answered(UUID id) {
        db.update(PRODUCT_REQUEST)
                .set(PRODUCT_REQUEST.THROTTLED, 0)
                .set(PRODUCT_REQUEST.NEXT_ATTEMPT_AT, (OffsetDateTime) null)
                .set(PRODUCT_REQUEST.STATUS_REASON, (String) null)
                .where(PRODUCT_REQUEST.ID.eq(id).and(PRODUCT_REQUEST.THROTTLED.gt(0))).execute();
    }

    public void setProvisionedProductId(UUID id, String provisionedProductId) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.PROVISIONED_PRODUCT_ID, provisionedProductId)
                .where(PRODUCT_REQUEST.ID.eq(id)).execute();
    }

    /** Requests in {@code status} whose backoff (if any) is over at {@code now}, longest untouched first. */
    public List<UUID> idsDue(RequestStatus status, Instant now) {
        return db.select(PRODUCT_REQUEST.ID).from(PRODUCT_REQUEST).where(PRODUCT_REQUEST.STATUS.eq(status.name())
                        .and(PRODUCT_REQUEST.NEXT_ATTEMPT_AT.isNull().or(PRODUCT_REQUEST.NEXT_ATTEMPT_AT.le(at(now)))))
                .orderBy(PRODUCT_REQUEST.UPDATED_AT).fetch(PRODUCT_REQUEST.ID);
    }

    /** Stores a re-entered NoEcho value (encrypted) for a retry. */
    public void setSecret(UUID id, String key, String sealed) {
        db.update(REQUEST_PARAMETER).set(REQUEST_PARAMETER.SECRET_VALUE, sealed)
                .where(REQUEST_PARAMETER.REQUEST_ID.eq(id).and(REQUEST_PARAMETER.PARAM_KEY.eq(key))
                        .and(REQUEST_PARAMETER.NO_ECHO.isTrue())).execute();
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

    /**
     * @param attempt             1 for the first provisioning, +1 per retry
     * @param throttled           consecutive throttled calls; 0 when the provisioner last answered
     * @param nextAttemptAt       null, or when the poller tries again after throttling
     * @param provisionedProductId Service Catalog's id of the provisioned product; null until known
     */
    public record Attempt(int attempt, int throttled, Instant nextAttemptAt, String provisionedProductId) {
    }

    /** Makes the request an UPDATE or TERMINATE of the product that request {@code resourceId} provisioned. */
    public void setTarget(UUID id, String action, UUID resourceId) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.ACTION, action).set(PRODUCT_REQUEST.RESOURCE_ID, resourceId)
                .where(PRODUCT_REQUEST.ID.eq(id)).execute();
    }

    /** What the request does: CREATE (resource null), or UPDATE/TERMINATE of a resource. */
    public Target target(UUID id) {
        return db.select(PRODUCT_REQUEST.ACTION, PRODUCT_REQUEST.RESOURCE_ID, PRODUCT_REQUEST.PROVISIONED_AT)
                .from(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ID.eq(id))
                .fetchOptional(r -> new Target(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().toInstant()))
                .orElseThrow(() -> new IllegalArgumentException("No request " + id));
    }

    public void setProvisionedAt(UUID id, Instant at) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.PROVISIONED_AT, at(at)).where(PRODUCT_REQUEST.ID.eq(id))
                .execute();
    }

    /**
     * @param action       {@code CREATE}, {@code UPDATE} or {@code TERMINATE}
     * @param resourceId   the CREATE request whose product an UPDATE/TERMINATE changes; null for CREATE
     * @param provisionedAt when a CREATE request reached PROVISIONED; null before
     */
    public record Target(String action, UUID resourceId, Instant provisionedAt) {

        public boolean create() {
            return "CREATE".equals(action);
        }
    }

    /**
     * Records that the requester resubmitted the request after changes were requested (the original submission is
     * revision 1, so the first resubmission is 2). {@code note} may be null.
     */
    public void addResubmission(UUID id, Instant at, String actorName, String note) {
        int revision = db.fetchCount(REQUEST_RESUBMISSION, REQUEST_RESUBMISSION.REQUEST_ID.eq(id)) + 2;
        db.insertInto(REQUEST_RESUBMISSION).set(REQUEST_RESUBMISSION.REQUEST_ID, id)
                .set(REQUEST_RESUBMISSION.REVISION, revision).set(REQUEST_RESUBMISSION.RESUBMITTED_AT, at(at))
                .set(REQUEST_RESUBMISSION.ACTOR_NAME, actorName).set(REQUEST_RESUBMISSION.NOTE, note).execute();
    }

    /** The request's resubmissions, oldest first; empty when it never was sent back. */
    public List<RequestResubmission> resubmissions(UUID id) {
        return db.selectFrom(REQUEST_RESUBMISSION).where(REQUEST_RESUBMISSION.REQUEST_ID.eq(id))
                .orderBy(REQUEST_RESUBMISSION.REVISION)
                .fetch(r -> new RequestResubmission(r.getRevision(), r.getResubmittedAt().toInstant(), r.getActorName(),
                        r.getNote()));
    }

    private static Condition filter(UserKey requester, RequestStatus status) {
        Condition where = DSL.noCondition();
        if (requester != null) {
            where = where.and(requestedBy(requester));
        }
        if (status != null) {
            where = where.and(PRODUCT_REQUEST.STATUS.eq(status.name()));
        }
        return where;
    }

    /** Requests of this person (by key: issuer and subject), whatever username they had then. */
    static Condition requestedBy(UserKey requester) {
        return PRODUCT_REQUEST.REQUESTER_ISSUER.eq(requester.issuer())
                .and(PRODUCT_REQUEST.REQUESTER_SUBJECT.eq(requester.subject()));
    }

    static RequestRow row(ProductRequestRecord r) {
        return new RequestRow(r.getId(), r.getProductId(), r.getProductName(), r.getVersionId(), r.getVersionName(),
                r.getEnvironment(), r.getAccountId(), r.getJustification(), r.getCostCenter(), r.getRequester(),
                r.getRequesterName(), r.getRequesterIssuer(), r.getRequesterSubject(), r.getTeam(),
                RequestStatus.valueOf(r.getStatus()), r.getStatusReason(), r.getCostAmount(), r.getCostCurrency(),
                r.getSubjectHash(), r.getProcessId(), r.getProvisionToken(), r.getProvisionedName(),
                r.getRecordId(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
