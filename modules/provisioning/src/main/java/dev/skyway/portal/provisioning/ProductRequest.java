package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.money.Money;

/**
 * A stored product request as its readers see it.
 *
 * @param parameters           key -> value in form order; NoEcho values are always {@link #MASKED}
 * @param statusReason         why it was rejected, sent back or failed; may be null
 * @param estimatedMonthlyCost null when the product has no cost model
 * @param processId            the approval process; null only in the moment before it was submitted
 * @param recordId             the provisioning record; null until provisioning started
 * @param outputs              the provisioned product's outputs; empty until PROVISIONED
 * @param tags                 the tags the requester gave (TagOptions and free tags), in form order; never null
 * @param resubmissions        each time it went back to the approvers after changes were requested, oldest first
 */
public record ProductRequest(UUID id, String productId, String productName, String versionId, String versionName,
                             String environment, String accountId, String justification, String costCenter,
                             String requester, String requesterName, String team, RequestStatus status,
                             String statusReason, Money estimatedMonthlyCost, UUID processId, String recordId,
                             String provisionedName, Map<String, String> parameters, Map<String, String> outputs,
                             Instant createdAt, Instant updatedAt, Map<String, String> tags,
                             java.util.List<RequestResubmission> resubmissions) {

    public static final String MASKED = "****";

    public ProductRequest {
        resubmissions = resubmissions == null ? java.util.List.of() : java.util.List.copyOf(resubmissions);
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    /** A request without tags, never resubmitted. */
    public ProductRequest(UUID id, String productId, String productName, String versionId, String versionName,
                          String environment, String accountId, String justification, String costCenter,
                          String requester, String requesterName, String team, RequestStatus status,
                          String statusReason, Money estimatedMonthlyCost, UUID processId, String recordId,
                          String provisionedName, Map<String, String> parameters, Map<String, String> outputs,
                          Instant createdAt, Instant updatedAt) {
        this(id, productId, productName, versionId, versionName, environment, accountId, justification, costCenter,
                requester, requesterName, team, status, statusReason, estimatedMonthlyCost, processId, recordId,
                provisionedName, parameters, outputs, createdAt, updatedAt, Map.of(), java.util.List.of());
    }
}
