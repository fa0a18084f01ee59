package dev.skyway.portal.cost.internal.engine;

/**
 * What one delivery replaces as a whole: one billing period (YYYY-MM) of one billing account of one provider. AWS
 * restates a month for about two weeks after it closes; the new delivery's rows replace the old ones atomically.
 */
public record PeriodScope(String providerName, String billingAccountId, String period) {
}
