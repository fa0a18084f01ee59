package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One Security Hub finding as the portal reads it, from ASFF ({@code GetFindings}) or OCSF ({@code GetFindingsV2}).
 * Values are Security Hub's own words; the compliance model maps them.
 *
 * @param id                   ASFF {@code Id} (OCSF {@code finding_info.uid})
 * @param productArn           ASFF {@code ProductArn} (OCSF {@code metadata.product.uid}); absent when the OCSF
 *                             finding has none
 * @param productName          {@code Security Hub} for its control findings; other integrations name themselves
 * @param region               where the finding was generated (the resource's Region when the finding has none)
 * @param resourceType         the first resource's type, e.g. {@code AwsS3Bucket}; absent without resources
 * @param resourceId           the first resource's id (usually its ARN)
 * @param controlId            {@code Compliance.SecurityControlId} (e.g. {@code S3.8}), else the legacy
 *                             {@code ProductFields} {@code ControlId} or {@code RuleId}; absent for non-control
 *                             findings
 * @param complianceStatus     {@code PASSED}, {@code FAILED}, {@code WARNING} or {@code NOT_AVAILABLE}; absent for
 *                             non-control findings
 * @param severity             {@code CRITICAL}, {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code INFORMATIONAL}
 * @param remediationText      {@code Remediation.Recommendation.Text}
 * @param remediationUrl       {@code Remediation.Recommendation.Url}
 * @param firstObservedAt      when the issue was first seen; absent when the provider did not say
 * @param lastObservedAt       when it was last seen
 * @param updatedAt            when the provider last updated the finding: the incremental sync's cursor
 * @param workflowStatus       {@code NEW}, {@code NOTIFIED}, {@code RESOLVED} or {@code SUPPRESSED}
 * @param recordState          {@code ACTIVE} or {@code ARCHIVED} (Security Hub archives a finding when its resource
 *                             or its control is gone: the portal should then stop counting it)
 * @param relatedRequirements  {@code Compliance.RelatedRequirements}, e.g. {@code NIST.800-53.r5 SC-7}
 * @param standards            the standards the control is enabled in ({@code Compliance.AssociatedStandards})
 */
public record HubFinding(String id, @Nullable String productArn, String productName, String accountId,
                         String region, @Nullable String resourceType, @Nullable String resourceId,
                         @Nullable String controlId, @Nullable String complianceStatus, String severity, String title,
                         @Nullable String remediationText, @Nullable String remediationUrl,
                         @Nullable Instant firstObservedAt, @Nullable Instant lastObservedAt,
                         @Nullable Instant updatedAt, @Nullable String workflowStatus, String recordState,
                         List<String> relatedRequirements, List<String> standards) {

    public HubFinding {
        relatedRequirements = List.copyOf(relatedRequirements);
        standards = List.copyOf(standards);
    }

    /**
     * How {@code BatchUpdateFindings} names this finding.
     *
     * @throws IllegalStateException for an OCSF finding without a product ARN
     */
    public HubFindingRef ref() {
        if (productArn == null) {
            throw new IllegalStateException("Finding " + id + " has no product ARN to update it by");
        }
        return new HubFindingRef(id, productArn);
    }
}
