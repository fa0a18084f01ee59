package dev.skyway.portal.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.TrendQuery;

/**
 * Score trends from the daily snapshots and "what changed since", under {@code /api/v1/compliance}: everyone with a
 * role, limited to the accounts and teams they see.
 */
@Tag(name = "Compliance")
@RestController
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class ComplianceTrendsController {

    static final Set<String> TREND_PARAMETERS = Set.of("frameworkId", "accountId", "team", "ou", "from", "to");
    static final Set<String> CHANGE_PARAMETERS = Set.of("since");

    private final ComplianceTrends trends;

    ComplianceTrendsController(ComplianceTrends trends) {
        this.trends = trends;
    }

    /**
     * A score's days between {@code from} and {@code to} (ISO dates; default the last 90 days): a framework's
     * ({@code frameworkId}; default the score over all controls) for the organization, or one of {@code accountId},
     * {@code team} and {@code ou}. 400 naming a wrong parameter; 403 for a scope with accounts the caller does not
     * see; 404 for an unknown framework.
     */
    @Operation(summary = "Get a compliance score trend",
            description = "A score's days between from and to (default the last 90 days), for the organization or one "
                    + "accountId, team or ou.")
    @GetMapping("/api/v1/compliance/trends")
    TrendsJson.TrendJson trend(@RequestParam Map<String, String> p) {
        Parameters.only(p, TREND_PARAMETERS);
        String framework = Parameters.text(p, "frameworkId");
        UUID frameworkId = framework == null ? null : uuid("frameworkId", framework);
        return TrendsJson.TrendJson.of(trends.trend(new TrendQuery(frameworkId, Parameters.text(p, "accountId"),
                Parameters.text(p, "team"), Parameters.text(p, "ou"), date(p, "from"), date(p, "to"))));
    }

    /**
     * Findings that newly fail, were fixed or regressed since {@code since} (an ISO instant, or a date meaning its
     * start in UTC; default 24 hours ago), over the accounts the caller sees.
     */
    @Operation(summary = "List compliance changes",
            description = "Findings that newly fail, were fixed or regressed since since (default 24 hours ago), over "
                    + "the accounts the caller sees.")
    @GetMapping("/api/v1/compliance/changes")
    TrendsJson.ChangesJson changes(@RequestParam Map<String, String> p) {
        Parameters.only(p, CHANGE_PARAMETERS);
        String since = Parameters.text(p, "since");
        return TrendsJson.ChangesJson.of(trends.changesSince(since == null ? null : instant(since)));
    }

    private static @Nullable LocalDate date(Map<String, String> p, String name) {
        String value = Parameters.text(p, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidComplianceQueryException.of(name, "must be a date such as 2025-12-01");
        }
    }

    private static Instant instant(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidComplianceQueryException.of("since", "must be an instant such as 2025-12-01T08:00:00Z or "
                    + "a date such as 2025-12-01");
        }
    }

    private static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidComplianceQueryException.of(name, "must be a UUID");
        }
    }
}
