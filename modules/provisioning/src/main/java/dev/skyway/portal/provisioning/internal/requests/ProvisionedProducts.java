package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.portal.provisioning.internal.requests.RequestRecords.at;
import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;
import static dev.skyway.schema.provisioning.Tables.REQUEST_PARAMETER;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.ResourceLifetime;

/**
 * Provisioned products ("resources"), over the catalog schema: the CREATE requests that provisioned something, their
 * UPDATE/TERMINATE requests under way, and the effect of a succeeded update on them.
 */
@Repository
public class ProvisionedProducts {

    private final DSLContext db;
    private final RequestValues values;

    ProvisionedProducts(DSLContext db, RequestValues values) {
        this.db = db;
        this.values = values;
    }

    /** Statuses of a resource (a CREATE request that provisioned something). */
    public static final List<RequestStatus> RESOURCE_STATUSES = List.of(RequestStatus.PROVISIONED,
            RequestStatus.TERMINATING, RequestStatus.TERMINATED);

    /** Statuses of a resource's change (UPDATE or TERMINATE) under way; sent back (CHANGES_REQUESTED) is not. */
    static final List<String> OPEN_CHANGE_STATUSES = List.of(RequestStatus.PENDING_APPROVAL.name(),
            RequestStatus.APPROVED.name(), RequestStatus.PROVISIONING.name(), RequestStatus.TERMINATING.name());

    /**
     * The UPDATE or TERMINATE request of a resource that is not finished yet, if any. One sent back with changes
     * requested does not count: it cannot be edited, the requester asks again.
     */
    public Optional<UUID> openChange(UUID resourceId) {
        return db.select(PRODUCT_REQUEST.ID).from(PRODUCT_REQUEST).where(PRODUCT_REQUEST.RESOURCE_ID.eq(resourceId)
                        .and(PRODUCT_REQUEST.STATUS.in(OPEN_CHANGE_STATUSES)))
                .orderBy(PRODUCT_REQUEST.CREATED_AT.desc()).limit(1).fetchOptional(PRODUCT_REQUEST.ID);
    }

    /** An update succeeded: the resource's non-secret values and its outputs become the update's. */
    public void applyUpdate(UUID resourceId, List<StoredParameter> parameters, Map<String, String> outputs,
                            String versionId, String versionName, Instant now) {
        for (StoredParameter p : parameters) {
            if (p.noEcho()) {
                continue;
            }
            int changed = db.update(REQUEST_PARAMETER).set(REQUEST_PARAMETER.PARAM_VALUE, p.value())
                    .where(REQUEST_PARAMETER.REQUEST_ID.eq(resourceId).and(REQUEST_PARAMETER.PARAM_KEY.eq(p.key())))
                    .execute();
            if (changed == 0) {
                int position = db.fetchCount(REQUEST_PARAMETER, REQUEST_PARAMETER.REQUEST_ID.eq(resourceId));
                db.insertInto(REQUEST_PARAMETER).set(REQUEST_PARAMETER.REQUEST_ID, resourceId)
                        .set(REQUEST_PARAMETER.POSITION, position).set(REQUEST_PARAMETER.PARAM_KEY, p.key())
                        .set(REQUEST_PARAMETER.PARAM_VALUE, p.value()).set(REQUEST_PARAMETER.NO_ECHO, false)
                        .execute();
            }
        }
        values.replaceOutputs(resourceId, outputs);
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.VERSION_ID, versionId)
                .set(PRODUCT_REQUEST.VERSION_NAME, versionName).set(PRODUCT_REQUEST.UPDATED_AT, at(now))
                .where(PRODUCT_REQUEST.ID.eq(resourceId)).execute();
    }

    /**
     * Keeps what AWS reported of a resource's provisioned product.
     *
     * @param message   AWS's status message; absent with AVAILABLE
     * @param requestId the request whose record reported it
     */
    public void setHealth(UUID resourceId, ProductStatus status, @Nullable String message, UUID requestId,
                          Instant now) {
        db.update(PRODUCT_REQUEST).set(PRODUCT_REQUEST.PRODUCT_STATUS, status.name())
                .set(PRODUCT_REQUEST.PRODUCT_STATUS_MESSAGE, status.healthy() || message == null ? null
                        : message.length() > 2000 ? message.substring(0, 1999) + "…" : message)
                .set(PRODUCT_REQUEST.PRODUCT_STATUS_REQUEST, requestId)
                .set(PRODUCT_REQUEST.PRODUCT_STATUS_AT, at(now))
                .where(PRODUCT_REQUEST.ID.eq(resourceId)).execute();
    }

    /**
     * Every resource provisioned at or after {@code since}, oldest first; a TERMINATED one ends when it last changed
     * (its termination: nothing changes a resource after that).
     */
    public List<ResourceLifetime> provisionedSince(Instant since) {
        return db.select(PRODUCT_REQUEST.ID, PRODUCT_REQUEST.ACCOUNT_ID, PRODUCT_REQUEST.TEAM,
                        PRODUCT_REQUEST.PRODUCT_NAME, PRODUCT_REQUEST.PROVISIONED_NAME, PRODUCT_REQUEST.COST_AMOUNT,
                        PRODUCT_REQUEST.COST_CURRENCY, PRODUCT_REQUEST.PROVISIONED_AT, PRODUCT_REQUEST.STATUS,
                        PRODUCT_REQUEST.UPDATED_AT).from(PRODUCT_REQUEST)
                .where(PRODUCT_REQUEST.ACTION.eq(RequestAction.CREATE.name())
                        .and(PRODUCT_REQUEST.STATUS.in(RESOURCE_STATUSES.stream().map(Enum::name).toList()))
                        .and(PRODUCT_REQUEST.PROVISIONED_AT.ge(at(since))))
                .orderBy(PRODUCT_REQUEST.PROVISIONED_AT, PRODUCT_REQUEST.ID)
                .fetch(r -> new ResourceLifetime(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null || r.value7() == null ? null
                                : new Money(r.value6(), Currency.getInstance(r.value7())),
                        r.value8().toInstant(), RequestStatus.TERMINATED.name().equals(r.value9())
                                ? r.value10().toInstant() : null));
    }
}
