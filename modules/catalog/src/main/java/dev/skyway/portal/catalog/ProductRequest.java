package dev.skyway.portal.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A stored product request as its readers see it.
 *
 * @param parameters           key -> value in form order; NoEcho values are always {@link #MASKED}
 * @param statusReason         why it was rejected, sent back or failed; may be null
 * @param estimatedMonthlyCost null when the product has no cost model
 * @param processId            the approval process; null only in the moment before it was submitted
 * @param recordId             the provisioning record; null until provisioning started
 * @param outputs              the provisioned product's outputs; empty until PROVISIONED
 */
public record ProductRequest(UUID id, String productId, String productName, String versionId, String versionName,
                             String environment, String accountId, String justification, String costCenter,
                             String requester, String requesterName, String team, RequestStatus status,
                             String statusReason, Money estimatedMonthlyCost, UUID processId, String recordId,
                             String provisionedName, Map<String, String> parameters, Map<String, String> outputs,
                             Instant createdAt, Instant updatedAt) {

    public static final String MASKED = "****";
}
