package dev.skyway.portal.provisioning.internal.requests;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Target;

/**
 * What a requester may change of a request an approver sent back, as it is after their edit.
 *
 * @param estimate absent when the product has no cost model
 */
public record Revision(RequestedProduct product, Target target, Purpose purpose, @Nullable Money estimate,
                       String provisionedName) {
}
