package dev.skyway.portal.provisioning.internal.requests;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestStatus;

/**
 * The rule that a provisioned product has at most one UPDATE or TERMINATE under way, for every path that starts one:
 * a new change and the retry of a FAILED one alike. The resource's row is locked ({@code FOR UPDATE}) so two replicas
 * (or a retry racing a new request) cannot both pass; callers must be in a transaction.
 */
@Component
public class OneChangeAtATime {

    private final Requests requests;
    private final ProvisionedProducts products;

    OneChangeAtATime(Requests requests, ProvisionedProducts products) {
        this.requests = requests;
        this.products = products;
    }

    /**
     * Locks the resource for a change.
     *
     * @param changeId the change that is (re)starting, which does not count against itself; absent for a new change
     * @return the resource's row, locked
     * @throws RequestStateException when the resource is not PROVISIONED or another change of it is under way
     */
    public RequestRow lock(UUID resourceId, @Nullable UUID changeId) {
        RequestRow resource = requests.lock(resourceId).orElseThrow(() -> new IllegalArgumentException(
                "No resource " + resourceId));
        if (resource.status() != RequestStatus.PROVISIONED) {
            throw new RequestStateException(resourceId, resource.status(), "Only a provisioned product can be "
                    + "changed; " + resource.provisionedName() + " is " + resource.status());
        }
        products.openChange(resourceId).filter(open -> !open.equals(changeId)).ifPresent(open -> {
            throw new RequestStateException(resourceId, resource.status(), "A change of "
                    + resource.provisionedName() + " is already under way (request " + open
                    + "); wait until it is done");
        });
        return resource;
    }
}
