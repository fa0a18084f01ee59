package dev.skyway.portal.compliance.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.ComplianceScores;

/** The security home's numbers under {@code /api/v1/compliance/summary}, over the accounts the caller sees. */
@Tag(name = "Compliance")
@RestController
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class ComplianceSummaryController {

    private final ComplianceScores scores;

    ComplianceSummaryController(ComplianceScores scores) {
        this.scores = scores;
    }

    /** Each framework's score, and the score over all controls per account, team and OU, worst first. */
    @Operation(summary = "Get the compliance summary",
            description = "Each framework's score, and the score over all controls per account, team and OU, worst "
                    + "first.")
    @GetMapping("/api/v1/compliance/summary")
    ComplianceJson.SummaryJson summary() {
        return ComplianceJson.SummaryJson.of(scores.summary());
    }
}
