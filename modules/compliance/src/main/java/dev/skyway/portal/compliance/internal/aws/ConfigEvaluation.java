package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One resource's evaluation by a Config rule ({@code GetAggregateComplianceDetailsByConfigRule}).
 *
 * @param resourceType   e.g. {@code AWS::S3::Bucket}
 * @param complianceType {@code COMPLIANT}, {@code NON_COMPLIANT}, {@code NOT_APPLICABLE} or
 *                       {@code INSUFFICIENT_DATA}
 * @param annotation     the rule's explanation, when it gave one
 * @param recordedAt     when Config recorded the result ({@code ResultRecordedTime})
 * @param invokedAt      when the rule ran ({@code ConfigRuleInvokedTime})
 */
public record ConfigEvaluation(String ruleName, String accountId, String region, String resourceType,
                               String resourceId, String complianceType, @Nullable String annotation,
                               @Nullable Instant recordedAt, @Nullable Instant invokedAt) {
}
