package dev.skyway.portal.compliance.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.ComplianceAttestations;

/**
 * Attestations of MANUAL requirements under {@code /api/v1/compliance/attestations}: everyone attests and reads for
 * the accounts they see (security and admins also for every account); security approves them in the approval inbox.
 */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/attestations")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class ComplianceAttestationsController {

    static final Set<String> LIST_PARAMETERS = Set.of("frameworkId", "status", "accountId");

    private final ComplianceAttestations attestations;

    ComplianceAttestationsController(ComplianceAttestations attestations) {
        this.attestations = attestations;
    }

    /** 201 with the attestation, PENDING_APPROVAL; 400 naming each wrong field. */
    @Operation(summary = "Submit an attestation",
            description = "For a manual control; 201 with the attestation, PENDING_APPROVAL.")
    @PostMapping
    ResponseEntity<AttestationJson> submit(@RequestBody AttestationJson.Request body) {
        Attestation attestation = attestations.submit(body.toNewAttestation(),
                body.evidenceFile() == null ? null : body.evidenceFile().toEvidence());
        return ResponseEntity.created(URI.create("/api/v1/compliance/attestations/" + attestation.id()))
                .body(AttestationJson.of(attestation));
    }

    @Operation(summary = "List attestations")
    @GetMapping
    AttestationJson.Page list(@RequestParam Map<String, String> parameters) {
        Parameters.only(parameters, LIST_PARAMETERS);
        String framework = Parameters.text(parameters, "frameworkId");
        List<AttestationJson> items = attestations.list(framework == null ? null : frameworkId(framework),
                ComplianceWaiversController.status(Parameters.text(parameters, "status")),
                Parameters.text(parameters, "accountId")).stream().map(AttestationJson::of).toList();
        return new AttestationJson.Page(items.size(), items);
    }

    private static java.util.UUID frameworkId(String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw dev.skyway.portal.compliance.InvalidComplianceQueryException.of("frameworkId", "must be a UUID");
        }
    }

    @Operation(summary = "Get an attestation")
    @GetMapping("/{id}")
    AttestationJson one(@PathVariable String id) {
        return attestations.find(Parameters.id(id)).map(AttestationJson::of)
                .orElseThrow(() -> new NoSuchElementException("No attestation " + id));
    }
}
