package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A product provisioned by a request (the resource's id is that request's id), as "My resources" shows it.
 *
 * @param name          the provisioned product's name
 * @param status        PROVISIONED, TERMINATING or TERMINATED
 * @param statusReason  e.g. why a termination failed
 * @param since         when it was provisioned
 * @param parameters    current values; NoEcho ones are {@link ProductRequest#MASKED}
 * @param pendingChange the UPDATE or TERMINATE request under way (approval or provisioning); absent when none
 * @param pendingAction UPDATE or TERMINATE with {@code pendingChange}; absent when none
 * @param health        the provisioned product's status as AWS last reported it (after its provisioning, an update or
 *                      termination attempt, or a retry), and the request whose record reported it (this resource's
 *                      own id, or the UPDATE/TERMINATE request that left it so; its page has Retry)
 * @param estimatedMonthlyCost the estimate given when it was requested; absent when the product has no cost model
 */
public record ProvisionedResource(UUID id, String name, Requester requester, RequestedProduct product, Target target,
                                  RequestStatus status, @Nullable String statusReason, Instant since,
                                  Map<String, String> parameters, Map<String, String> outputs,
                                  @Nullable UUID pendingChange, @Nullable RequestAction pendingAction,
                                  ProductHealth health, @Nullable Money estimatedMonthlyCost) {

    /** AWS reports the product TAINTED or ERROR. */
    public boolean unhealthy() {
        return health.status() != null && !health.status().healthy();
    }
}
