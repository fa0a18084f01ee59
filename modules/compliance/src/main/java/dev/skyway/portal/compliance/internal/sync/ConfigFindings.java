package dev.skyway.portal.compliance.internal.sync;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.internal.aws.ConfigEvaluation;
import dev.skyway.portal.compliance.internal.aws.ConfigRuleCompliance;
import dev.skyway.portal.compliance.internal.aws.ConformancePackCompliance;
import dev.skyway.portal.compliance.internal.parse.Normalize;
import dev.skyway.portal.compliance.internal.parse.ParsedFinding;

/**
 * AWS Config's verdicts as findings (source {@code CONFIG}): a non-compliant resource of a rule is a FAIL on that
 * resource; a compliant rule a PASS on the account, one without data NOT_AVAILABLE; a conformance pack is a control of
 * its own ({@code conformance-pack/<name>}). A rule a conformance pack deployed is named without the pack's suffix
 * ({@code -conformance-pack-<id>}), so the control is the managed rule and maps across accounts.
 */
final class ConfigFindings {

    static final String SOURCE = "CONFIG";
    static final String PACK_PREFIX = "conformance-pack/";
    private static final Pattern PACK_SUFFIX = Pattern.compile("-conformance-pack-[A-Za-z0-9]+$");
    /** Config rates no severity: every result is MEDIUM. */
    private static final Severity SEVERITY = Severity.MEDIUM;

    private ConfigFindings() {
    }

    static String control(String ruleName) {
        return PACK_SUFFIX.matcher(ruleName).replaceFirst("");
    }

    static ParsedFinding resource(ConfigEvaluation e, Instant at) {
        String account = Normalize.accountId(e.accountId());
        FindingStatus status = switch (e.complianceType()) {
            case "NON_COMPLIANT" -> FindingStatus.FAIL;
            case "COMPLIANT" -> FindingStatus.PASS;
            default -> FindingStatus.NOT_AVAILABLE;
        };
        return finding(new FindingResource(account, e.region(), Normalize.resourceId(account, e.resourceId()),
                e.resourceType().isBlank() ? null : e.resourceType()), control(e.ruleName()), e.annotation(), status,
                e.recordedAt() != null ? e.recordedAt() : at);
    }

    /** A rule's verdict on the whole account (COMPLIANT or INSUFFICIENT_DATA). */
    static ParsedFinding account(ConfigRuleCompliance r, Instant at) {
        String account = Normalize.accountId(r.accountId());
        return finding(new FindingResource(account, r.region(), FindingResource.accountResource(account), null),
                control(r.ruleName()), null, "COMPLIANT".equals(r.complianceType()) ? FindingStatus.PASS
                        : FindingStatus.NOT_AVAILABLE, at);
    }

    static ParsedFinding pack(ConformancePackCompliance p, Instant at) {
        String account = Normalize.accountId(p.accountId());
        FindingStatus status = switch (p.complianceType()) {
            case "NON_COMPLIANT" -> FindingStatus.FAIL;
            case "COMPLIANT" -> FindingStatus.PASS;
            default -> FindingStatus.NOT_AVAILABLE;
        };
        return finding(new FindingResource(account, p.region(), FindingResource.accountResource(account), null),
                PACK_PREFIX + p.packName(), p.nonCompliantRules() + " of " + p.totalRules()
                        + " rules non-compliant", status, at);
    }

    private static ParsedFinding finding(FindingResource resource, String control, @Nullable String detail,
                                         FindingStatus status, Instant at) {
        return new ParsedFinding(SOURCE, resource, control, control, detail, SEVERITY, status, false,
                status == FindingStatus.FAIL ? new Remediation("See the rule's remediation in AWS Config", null)
                        : Remediation.NONE, new ParsedFinding.ToolIds(null, null), Map.of(),
                new ParsedFinding.Observed(null, at));
    }
}
