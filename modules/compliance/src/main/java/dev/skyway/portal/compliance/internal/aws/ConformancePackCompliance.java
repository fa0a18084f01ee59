package dev.skyway.portal.compliance.internal.aws;

/**
 * A conformance pack's verdict in one account and Region ({@code DescribeAggregateComplianceByConformancePacks}).
 *
 * @param complianceType {@code COMPLIANT}, {@code NON_COMPLIANT} or {@code INSUFFICIENT_DATA}
 */
public record ConformancePackCompliance(String packName, String accountId, String region, String complianceType,
                                        int compliantRules, int nonCompliantRules, int totalRules) {
}
