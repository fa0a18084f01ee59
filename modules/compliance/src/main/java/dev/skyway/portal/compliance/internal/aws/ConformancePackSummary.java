package dev.skyway.portal.compliance.internal.aws;

/**
 * How many conformance packs comply, per account or per Region
 * ({@code GetAggregateConformancePackComplianceSummary}).
 *
 * @param group the account id or the Region, as grouped
 */
public record ConformancePackSummary(String group, int compliantPacks, int nonCompliantPacks) {
}
