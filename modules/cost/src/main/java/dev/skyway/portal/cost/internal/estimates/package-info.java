/**
 * Estimate vs actual: provisioning's {@code ResourceCosts} from the daily rollups. What a provisioned product
 * actually costs per month is read from the rollups' request tag (the portal tags what it provisions with the request
 * id), over the last full month, the last 30 days, or projected from fewer days; a team's estimate accuracy compares
 * the estimates given at request time with those figures.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.estimates;
