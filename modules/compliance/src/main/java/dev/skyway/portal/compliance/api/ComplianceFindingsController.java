package dev.skyway.portal.compliance.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.Severity;

/** Findings under {@code /api/v1/compliance/findings}: everyone with a role, limited to the accounts they see. */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/findings")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class ComplianceFindingsController {

    static final Set<String> PARAMETERS = Set.of("accountId", "status", "controlId", "source", "severity", "team",
            "page", "size");

    private final ComplianceFindings findings;

    ComplianceFindingsController(ComplianceFindings findings) {
        this.findings = findings;
    }

    /**
     * Open findings, worst first, filtered by {@code accountId}, {@code status} (PASS, FAIL, MANUAL,
     * NOT_AVAILABLE), {@code controlId} (a tool's id or the equivalent control), {@code source}, {@code severity}
     * (CRITICAL ... INFORMATIONAL) and {@code team}; paged by {@code page} (from 0) and {@code size} (1-500,
     * default 50). 400 naming a wrong or unknown parameter; 403 for an account the caller does not see.
     */
    @Operation(summary = "Search compliance findings",
            description = "Open findings, worst first, filtered by accountId, status, controlId, source, severity and "
                    + "team; paged by page (from 0) and size (1-500, default 50).")
    @GetMapping
    ComplianceJson.FindingPageJson search(@RequestParam Map<String, String> parameters) {
        FindingQuery query = query(parameters);
        return ComplianceJson.FindingPageJson.of(findings.search(query), query.page(), query.size());
    }

    static FindingQuery query(Map<String, String> p) {
        Parameters.only(p, PARAMETERS);
        String status = Parameters.text(p, "status");
        String severity = Parameters.text(p, "severity");
        return new FindingQuery(Parameters.text(p, "accountId"), status == null ? null : status(status),
                Parameters.text(p, "controlId"), Parameters.text(p, "source"),
                severity == null ? null : severity(severity), Parameters.text(p, "team"),
                Parameters.integer(p, "page", 0, 0, 1_000_000),
                Parameters.integer(p, "size", FindingQuery.DEFAULT_SIZE, 1, FindingQuery.MAX_SIZE));
    }

    private static FindingStatus status(String value) {
        return FindingStatus.parse(value).orElseThrow(() -> InvalidComplianceQueryException.of("status",
                "must be one of " + names(FindingStatus.values())));
    }

    private static Severity severity(String value) {
        return Severity.parse(value).orElseThrow(() -> InvalidComplianceQueryException.of("severity",
                "must be one of " + names(Severity.values())));
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
