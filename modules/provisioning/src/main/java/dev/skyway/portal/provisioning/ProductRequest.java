package dev.skyway.portal.provisioning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A stored product request as its readers see it.
 *
 * @param statusReason         why it was rejected, sent back or failed
 * @param estimatedMonthlyCost absent when the product has no cost model
 * @param processId            the approval process; absent only in the moment before it was submitted
 * @param recordId             the provisioning record; absent until provisioning started
 * @param parameters           key -> value in form order; NoEcho values are always {@link #MASKED}
 * @param outputs              the provisioned product's outputs; empty until PROVISIONED
 * @param tags                 the tags the requester gave (TagOptions and free tags), in form order
 * @param resubmissions        each time it went back to the approvers after changes were requested, oldest first
 */
public record ProductRequest(UUID id, Requester requester, RequestedProduct product, Target target, Purpose purpose,
                             RequestStatus status, @Nullable String statusReason, @Nullable Money estimatedMonthlyCost,
                             @Nullable UUID processId, @Nullable String recordId, String provisionedName,
                             Map<String, String> parameters, Map<String, String> outputs, Map<String, String> tags,
                             List<RequestResubmission> resubmissions, Timing timing) {

    public static final String MASKED = "****";

    public ProductRequest {
        resubmissions = resubmissions == null ? List.of() : List.copyOf(resubmissions);
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
