package dev.skyway.portal.compliance.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;

/**
 * Waivers under {@code /api/v1/compliance/waivers}: everyone requests and reads them for the accounts they see
 * (engineers: their teams'); security approves them in the approval inbox; security, admins and the requester revoke.
 */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/waivers")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class ComplianceWaiversController {

    static final Set<String> LIST_PARAMETERS = Set.of("status", "accountId");

    private final ComplianceWaivers waivers;

    ComplianceWaiversController(ComplianceWaivers waivers) {
        this.waivers = waivers;
    }

    /** 201 with the waiver, PENDING_APPROVAL; 400 naming each wrong field (e.g. an expiry beyond the policy). */
    @Operation(summary = "Request a waiver",
            description = "201 with the waiver, PENDING_APPROVAL; the expiry must be within the policy.")
    @PostMapping
    ResponseEntity<WaiverJson> request(@RequestBody WaiverJson.Request body) {
        Waiver waiver = waivers.request(body.toNewWaiver());
        return ResponseEntity.created(URI.create("/api/v1/compliance/waivers/" + waiver.id()))
                .body(WaiverJson.of(waiver));
    }

    @Operation(summary = "List waivers")
    @GetMapping
    WaiverJson.Page list(@RequestParam Map<String, String> parameters) {
        Parameters.only(parameters, LIST_PARAMETERS);
        List<WaiverJson> items = waivers.list(status(Parameters.text(parameters, "status")),
                Parameters.text(parameters, "accountId")).stream().map(WaiverJson::of).toList();
        return new WaiverJson.Page(items.size(), items);
    }

    @Operation(summary = "Get a waiver")
    @GetMapping("/{id}")
    WaiverJson one(@PathVariable String id) {
        return waivers.find(Parameters.id(id)).map(WaiverJson::of)
                .orElseThrow(() -> new NoSuchElementException("No waiver " + id));
    }

    /** Ends an active waiver now, or withdraws a pending one; {@code {"reason"}} is required. */
    @Operation(summary = "Revoke or withdraw a waiver",
            description = "Ends an active waiver now, or withdraws a pending one; a reason is required.")
    @ApiResponse(responseCode = "409", description = "The waiver is neither active nor pending, or changed meanwhile")
    @PostMapping("/{id}/revoke")
    WaiverJson revoke(@PathVariable String id, @RequestBody(required = false) WaiverJson.@Nullable Revoke body) {
        return WaiverJson.of(waivers.revoke(Parameters.id(id), body == null ? null : body.reason()));
    }

    static @Nullable WaiverStatus status(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return WaiverStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidComplianceQueryException.of("status", "must be one of "
                    + String.join(", ", java.util.Arrays.stream(WaiverStatus.values()).map(Enum::name).toList()));
        }
    }
}
