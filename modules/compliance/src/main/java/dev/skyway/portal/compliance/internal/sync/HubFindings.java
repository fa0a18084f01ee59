package dev.skyway.portal.compliance.internal.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.internal.aws.HubFinding;
import dev.skyway.portal.compliance.internal.parse.Normalize;
import dev.skyway.portal.compliance.internal.parse.ParsedFinding;

/**
 * Security Hub's control findings in the portal's words, as the ASFF file import reads them: PASSED is PASS, FAILED
 * FAIL, WARNING and NOT_AVAILABLE are NOT_AVAILABLE; SUPPRESSED is muted. An archived finding (its resource or control
 * gone) becomes NOT_AVAILABLE, so that it leaves the score without a full scan.
 */
final class HubFindings {

    private HubFindings() {
    }

    /** @return absent for a finding that is not a control's result (no control id or compliance status) */
    static @Nullable ParsedFinding parsed(HubFinding f) {
        if (f.controlId() == null || f.complianceStatus() == null) {
            return null;
        }
        String account = Normalize.accountId(f.accountId());
        FindingStatus status = "ARCHIVED".equals(f.recordState()) ? FindingStatus.NOT_AVAILABLE
                : switch (f.complianceStatus()) {
                    case "PASSED" -> FindingStatus.PASS;
                    case "FAILED" -> FindingStatus.FAIL;
                    default -> FindingStatus.NOT_AVAILABLE;
                };
        return new ParsedFinding(Normalize.SECURITY_HUB, new FindingResource(account, f.region(),
                Normalize.resourceId(account, f.resourceId()), f.resourceType()), f.controlId(),
                f.title().isBlank() ? f.controlId() : f.title(), null, Severity.normalize(f.severity()), status,
                "SUPPRESSED".equals(f.workflowStatus()), new Remediation(f.remediationText(), f.remediationUrl()),
                new ParsedFinding.ToolIds(f.id(), f.productArn()), requirements(f.relatedRequirements()),
                new ParsedFinding.Observed(f.firstObservedAt(), f.lastObservedAt() != null ? f.lastObservedAt()
                        : f.updatedAt()));
    }

    /**
     * {@code Compliance.RelatedRequirements} by framework: {@code CIS AWS Foundations Benchmark v3.0.0/2.1.4} and
     * {@code NIST.800-53.r5 AC-21}.
     */
    static Map<String, List<String>> requirements(List<String> related) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String text : related) {
            int slash = text.lastIndexOf('/');
            int space = text.indexOf(' ');
            int cut = slash > 0 ? slash : space;
            if (cut <= 0) {
                continue;
            }
            List<String> ids = out.computeIfAbsent(text.substring(0, cut).strip(), k -> new ArrayList<>());
            String id = text.substring(cut + 1).strip();
            if (!id.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return out;
    }
}
