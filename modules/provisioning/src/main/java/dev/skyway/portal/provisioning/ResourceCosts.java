package dev.skyway.portal.provisioning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Extension point for the cost module: what provisioned products actually cost, found in the cost data by the tag the
 * portal puts on everything it provisions ({@code skyway:request} = the request id, which is also the resource's id).
 * Provisioning does not depend on cost: without an implementation (no cost data connected) the views and the API say
 * the actual cost is not known yet, never that it is 0.
 */
public interface ResourceCosts {

    /**
     * The actual monthly cost of each of these resources that the cost data knows; resources without any cost data
     * are left out of the answer. One batch for a page of resources.
     */
    Map<UUID, ActualCost> actualMonthlyCosts(Collection<UUID> resourceIds);

    /**
     * How these estimates compared with what the resources then cost, counting only those with a full month of cost
     * ({@link ActualCost#fullMonth()}) in the estimate's currency.
     */
    EstimateAccuracy accuracy(List<EstimatedResource> resources);
}
