package dev.skyway.portal.compliance.internal.aws;

import static dev.skyway.portal.compliance.internal.aws.AwsTimes.blankToNull;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.securityhub.model.AssociatedStandard;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFindingFilters;
import software.amazon.awssdk.services.securityhub.model.Compliance;
import software.amazon.awssdk.services.securityhub.model.DateFilter;
import software.amazon.awssdk.services.securityhub.model.Recommendation;
import software.amazon.awssdk.services.securityhub.model.Resource;
import software.amazon.awssdk.services.securityhub.model.Severity;
import software.amazon.awssdk.services.securityhub.model.StringFilter;
import software.amazon.awssdk.services.securityhub.model.StringFilterComparison;

/** {@code GetFindings}' filters from a {@link HubFindingQuery}, and ASFF findings as {@link HubFinding}s. */
final class AsffFindings {

    /**
     * The end of every {@code UpdatedAt} range: Security Hub refuses a {@code Start} alone, and a fixed end keeps the
     * request the same on every page (an end of "now" would change it and void the {@code NextToken}).
     */
    static final String FAR_FUTURE = "2100-01-01T00:00:00.000Z";

    /** The legacy control ids, before consolidated control findings ({@code ProductFields}). */
    private static final List<String> LEGACY_CONTROL_FIELDS = List.of("ControlId", "RuleId");

    private AsffFindings() {
    }

    static AwsSecurityFindingFilters filters(HubFindingQuery query) {
        AwsSecurityFindingFilters.Builder filters = AwsSecurityFindingFilters.builder()
                .recordState(equalsAny(query.recordStates()))
                .productName(equalsAny(query.productNames()))
                .complianceStatus(equalsAny(query.complianceStatuses()))
                .complianceSecurityControlId(equalsAny(query.securityControlIds()))
                .awsAccountId(equalsAny(query.accountIds()));
        if (query.updatedSince() != null) {
            filters.updatedAt(DateFilter.builder().start(query.updatedSince().toString()).end(FAR_FUTURE).build());
        }
        return filters.build();
    }

    private static @Nullable List<StringFilter> equalsAny(List<String> values) {
        return values.isEmpty() ? null : values.stream()
                .map(v -> StringFilter.builder().value(v).comparison(StringFilterComparison.EQUALS).build())
                .toList();
    }

    static HubFinding finding(AwsSecurityFinding f) {
        Resource resource = f.hasResources() && !f.resources().isEmpty() ? f.resources().getFirst() : null;
        Compliance compliance = f.compliance();
        Recommendation recommendation = f.remediation() == null ? null : f.remediation().recommendation();
        String region = blankToNull(f.region());
        return new HubFinding(f.id(), f.productArn(), orEmpty(f.productName()), orEmpty(f.awsAccountId()),
                region != null ? region : resource == null ? "" : orEmpty(resource.region()),
                resource == null ? null : blankToNull(resource.type()),
                resource == null ? null : blankToNull(resource.id()),
                controlId(f), compliance == null ? null : blankToNull(compliance.statusAsString()),
                severity(f.severity()), orEmpty(f.title()),
                recommendation == null ? null : blankToNull(recommendation.text()),
                recommendation == null ? null : blankToNull(recommendation.url()),
                AwsTimes.parse(f.firstObservedAt()), AwsTimes.parse(f.lastObservedAt()),
                AwsTimes.parse(f.updatedAt()),
                f.workflow() == null ? null : blankToNull(f.workflow().statusAsString()),
                f.recordState() == null ? "ACTIVE" : f.recordStateAsString(),
                compliance == null ? List.of() : compliance.relatedRequirements(),
                compliance == null ? List.of() : compliance.associatedStandards().stream()
                        .map(AssociatedStandard::standardsId).filter(s -> s != null && !s.isBlank()).toList());
    }

    static @Nullable String controlId(AwsSecurityFinding f) {
        if (f.compliance() != null && blankToNull(f.compliance().securityControlId()) != null) {
            return f.compliance().securityControlId();
        }
        Map<String, String> fields = f.productFields();
        return LEGACY_CONTROL_FIELDS.stream().map(fields::get).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
    }

    /**
     * The label, or the one ASFF documents for the normalized score when a provider sent only that
     * (0 informational, 1-39 low, 40-69 medium, 70-89 high, 90-100 critical).
     */
    static String severity(@Nullable Severity severity) {
        if (severity == null) {
            return "INFORMATIONAL";
        }
        String label = blankToNull(severity.labelAsString());
        if (label != null) {
            return label;
        }
        int normalized = severity.normalized() == null ? 0 : severity.normalized();
        if (normalized >= 90) {
            return "CRITICAL";
        }
        if (normalized >= 70) {
            return "HIGH";
        }
        if (normalized >= 40) {
            return "MEDIUM";
        }
        return normalized >= 1 ? "LOW" : "INFORMATIONAL";
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
