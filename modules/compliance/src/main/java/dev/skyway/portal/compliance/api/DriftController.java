package dev.skyway.portal.compliance.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.internal.drift.DriftCheck;
import dev.skyway.portal.compliance.internal.drift.DriftFilter;
import dev.skyway.portal.compliance.internal.drift.DriftService;

/**
 * Drift of the stacks the portal provisioned, under {@code /api/v1/compliance/drift}: the stacks with their drift
 * status and drifted resources (everyone, for the accounts they see), and checks on demand (security, platform admins
 * and, for their team's provisioned products, engineers): 202 with the check, still in progress.
 */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/drift")
class DriftController {

    static final Set<String> LIST_PARAMETERS = Set.of("accountId", "status", "requestId");

    private final DriftService drift;

    DriftController(DriftService drift) {
        this.drift = drift;
    }

    @Operation(summary = "List stacks and their drift")
    @GetMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
    DriftJson.Page stacks(@RequestParam Map<String, String> parameters) {
        Parameters.only(parameters, LIST_PARAMETERS);
        String requestId = Parameters.text(parameters, "requestId");
        List<DriftJson.Stack> items = drift.stacks(new DriftFilter(Parameters.text(parameters, "accountId"),
                        status(Parameters.text(parameters, "status")), requestId == null ? null : uuid(requestId,
                        "requestId"))).stream().map(DriftJson.Stack::of).toList();
        return new DriftJson.Page(items.size(), items);
    }

    /** 202 with the check ({@code DETECTION_IN_PROGRESS}); its page tells when it is done. */
    @Operation(summary = "Check stacks for drift now",
            description = "202 with the check (DETECTION_IN_PROGRESS); poll it for the result.")
    @PostMapping("/checks")
    @PreAuthorize("hasAnyRole('ENGINEER', 'SECURITY', 'PLATFORM_ADMIN')")
    ResponseEntity<DriftJson.Check> check(@RequestBody(required = false) DriftJson.@Nullable CheckRequest body) {
        String stackArn = body == null ? null : body.stackArn();
        String requestId = body == null || body.requestId() == null || body.requestId().isBlank() ? null
                : body.requestId();
        DriftCheck check = drift.requestCheck(stackArn, requestId == null ? null : uuid(requestId, "requestId"));
        return ResponseEntity.accepted().location(URI.create("/api/v1/compliance/drift/checks/" + check.id()))
                .body(DriftJson.Check.of(check));
    }

    @Operation(summary = "Get a drift check")
    @GetMapping("/checks/{id}")
    @PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
    DriftJson.Check one(@PathVariable String id) {
        return drift.check(Parameters.id(id)).map(DriftJson.Check::of)
                .orElseThrow(() -> new NoSuchElementException("No drift check " + id));
    }

    private static @Nullable String status(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String status = value.toUpperCase(Locale.ROOT);
        if (!DriftFilter.STATUSES.contains(status)) {
            throw InvalidComplianceQueryException.of("status", "must be one of "
                    + String.join(", ", DriftFilter.STATUSES));
        }
        return status;
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidComplianceQueryException.of(field, "must be a UUID (the id of a provisioned product's "
                    + "request)");
        }
    }
}
