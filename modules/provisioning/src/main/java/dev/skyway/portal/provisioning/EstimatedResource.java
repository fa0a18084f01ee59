package dev.skyway.portal.provisioning;

import java.util.UUID;

import dev.skyway.portal.platform.money.Money;

/**
 * A provisioned resource with the monthly cost estimated when it was requested, for {@link ResourceCosts#accuracy}.
 *
 * @param id       the resource's id (the request that provisioned it)
 * @param name     its provisioned name
 * @param estimate the estimated monthly cost given at request time
 */
public record EstimatedResource(UUID id, String name, Money estimate) {
}
