package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jooq.Field;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.ProductHealth;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Requester;
import dev.skyway.portal.provisioning.Target;
import dev.skyway.portal.provisioning.Timing;
import dev.skyway.schema.provisioning.tables.records.ProductRequestRecord;

/** A {@link RequestRow} as a row of {@code provisioning.product_request}, and back; what changed between two. */
final class RequestRecords {

    /** The length of a request's status reason column. */
    static final int MAX_STATUS_REASON = 4000;

    private RequestRecords() {
    }

    static RequestRow row(ProductRequestRecord r) {
        return new RequestRow(r.getId(), RequestAction.valueOf(r.getAction()), r.getResourceId(),
                new Requester(r.getRequester(), r.getRequesterName(), r.getTeam()),
                new UserKey(r.getRequesterIssuer(), r.getRequesterSubject()),
                new RequestedProduct(r.getProductId(), r.getProductName(), r.getVersionId(), r.getVersionName()),
                new Target(r.getEnvironment(), r.getAccountId()), new Purpose(r.getJustification(), r.getCostCenter()),
                r.getCostAmount() == null ? null
                        : new Money(r.getCostAmount(), Currency.getInstance(r.getCostCurrency())),
                new Approval(r.getSubjectHash(), r.getProcessId()), r.getProvisionedName(),
                RequestStatus.valueOf(r.getStatus()), r.getStatusReason(),
                new Attempt(r.getAttempt(), r.getProvisionToken(), r.getRecordId(), r.getThrottled(),
                        instant(r.getNextAttemptAt()), r.getProvisionedProductId()),
                new ProductHealth(r.getProductStatus() == null ? null : ProductStatus.valueOf(r.getProductStatus()),
                        r.getProductStatusMessage(), r.getProductStatusRequest(), instant(r.getProductStatusAt())),
                new Timing(r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(), instant(r.getProvisionedAt())));
    }

    static ProductRequestRecord record(RequestRow row) {
        ProductRequestRecord r = new ProductRequestRecord();
        r.setId(row.id());
        r.setAction(row.action().name());
        r.setResourceId(row.resourceId());
        r.setRequester(row.requester().username());
        r.setRequesterName(row.requester().name());
        r.setTeam(row.requester().team());
        r.setRequesterIssuer(row.requesterKey().issuer());
        r.setRequesterSubject(row.requesterKey().subject());
        r.setProductId(row.product().productId());
        r.setProductName(row.product().productName());
        r.setVersionId(row.product().versionId());
        r.setVersionName(row.product().versionName());
        r.setEnvironment(row.target().environment());
        r.setAccountId(row.target().accountId());
        r.setJustification(row.purpose().justification());
        r.setCostCenter(row.purpose().costCenter());
        r.setCostAmount(row.estimate() == null ? null : row.estimate().amount());
        r.setCostCurrency(row.estimate() == null ? null : row.estimate().currency().getCurrencyCode());
        r.setSubjectHash(row.approval().subjectHash());
        r.setProcessId(row.approval().processId());
        r.setProvisionedName(row.provisionedName());
        r.setStatus(row.status().name());
        r.setStatusReason(fitted(row.statusReason()));
        r.setAttempt(row.attempt().number());
        r.setProvisionToken(row.attempt().token());
        r.setRecordId(row.attempt().recordId());
        r.setThrottled(row.attempt().throttled());
        r.setNextAttemptAt(at(row.attempt().nextAttemptAt()));
        r.setProvisionedProductId(row.attempt().provisionedProductId());
        r.setProductStatus(row.health().status() == null ? null : row.health().status().name());
        r.setProductStatusMessage(row.health().message());
        r.setProductStatusRequest(row.health().reportedBy());
        r.setProductStatusAt(at(row.health().reportedAt()));
        r.setCreatedAt(at(row.timing().createdAt()));
        r.setUpdatedAt(at(row.timing().updatedAt()));
        r.setProvisionedAt(at(row.timing().provisionedAt()));
        return r;
    }

    /** The columns whose values differ from {@code before} to {@code after}, with their new values. */
    static Map<Field<?>, Object> changes(RequestRow before, RequestRow after) {
        ProductRequestRecord was = record(before);
        ProductRequestRecord is = record(after);
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        for (Field<?> field : PRODUCT_REQUEST.fields()) {
            if (!Objects.equals(was.get(field), is.get(field))) {
                changed.put(field, is.get(field));
            }
        }
        return changed;
    }

    /**
     * A reason kept whole up to {@link #MAX_STATUS_REASON} characters (an approver's reason always fits: the approval
     * engine keeps no more); a longer one, such as an AWS error message, is shortened rather than failing the change.
     */
    static String fitted(String reason) {
        return reason == null || reason.length() <= MAX_STATUS_REASON ? reason
                : reason.substring(0, MAX_STATUS_REASON - 1) + "…";
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
