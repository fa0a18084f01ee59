package dev.skyway.portal.compliance.internal.aws;

import org.jspecify.annotations.Nullable;

/**
 * A Config rule's verdict in one account and Region, through the aggregator
 * ({@code DescribeAggregateComplianceByConfigRules}).
 *
 * @param ruleName             rules deployed by a conformance pack end in {@code -conformance-pack-<id>}
 * @param complianceType       {@code COMPLIANT}, {@code NON_COMPLIANT} or {@code INSUFFICIENT_DATA}
 * @param nonCompliantResources how many resources the rule finds non-compliant (AWS counts up to 100:
 *                             {@code capExceeded} says there were more); absent when AWS gave no count
 */
public record ConfigRuleCompliance(String ruleName, String accountId, String region, String complianceType,
                                   @Nullable Integer nonCompliantResources, boolean capExceeded) {
}
