package dev.skyway.portal.catalog.internal.requests;

import static dev.skyway.schema.catalog.Tables.PRODUCT_REQUEST;
import static dev.skyway.schema.catalog.Tables.REQUEST_OUTPUT;
import static dev.skyway.schema.catalog.Tables.REQUEST_PARAMETER;
import static dev.skyway.schema.catalog.Tables.REQUEST_TAG;

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

import dev.skyway.portal.catalog.RequestStatus;
import dev.skyway.schema.catalog.tables.records.ProductRequestRecord;

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
                .set(PRODUCT_REQUEST.STATUS_REASON, r.statusReason())
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
        int position = 0;
        for (RequestRow.Parameter p : parameters) {
            db.insertInto(REQUEST_PARAMETER)
                    .set(REQUEST_PARAMETER.REQUEST_ID, r.id())
                    .set(REQUEST_PARAMETER.POSITION, position++)
                    .set(REQUEST_PARAMETER.PARAM_KEY, p.key())
                    .set(REQUEST_PARAMETER.PARAM_VALUE, p.value())
                    .set(REQUEST_PARAMETER.NO_ECHO, p.noEcho())
                    .set(REQUEST_PARAMETER.SECRET_VALUE, p.sealed())
                    .execute();
        }
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
    public List<RequestRow> list(String requester, RequestStatus status, int offset, int limit) {
        return db.selectFrom(PRODUCT_REQUEST).where(filter(requester, status))
                .orderBy(PRODUCT_REQUEST.CREATED_AT.desc(), PRODUCT_REQUEST.ID).offset(offset).limit(limit)
                .fetch(Requests::row);
    }

    public int count(String requester, RequestStatus status) {
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

    public void setStatus(UUID id, RequestStatus status, String reason, Instant now) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.STATUS, status.name())
                .set(PRODUCT_REQUEST.STATUS_REASON, reason).set(PRODUCT_REQUEST.UPDATED_AT, at(now))
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

    private static Condition filter(String requester, RequestStatus status) {
        Condition where = DSL.noCondition();
        if (requester != null) {
            where = where.and(PRODUCT_REQUEST.REQUESTER.eq(requester));
        }
        if (status != null) {
            where = where.and(PRODUCT_REQUEST.STATUS.eq(status.name()));
        }
        return where;
    }

    private static RequestRow row(ProductRequestRecord r) {
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
