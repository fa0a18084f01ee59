package dev.skyway.portal.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.NewAttestation;

/** The attestations API's JSON ({@code accountId} written even when null: then it covers every account). */
record AttestationJson(UUID id, String status, UUID frameworkId, String requirementId,
                       @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String accountId, String statement,
                       @Nullable String evidenceUrl, @Nullable String evidenceFile, LocalDate validUntil,
                       @Nullable UUID approvalProcessId, String attester, String attesterName, Instant attestedAt,
                       @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionComment) {

    static AttestationJson of(Attestation a) {
        return new AttestationJson(a.id(), a.status().name(), a.frameworkId(), a.requirementId(), a.accountId(),
                a.statement(), a.evidenceUrl(), a.evidenceFile(), a.validUntil(), a.approvalProcessId(),
                a.attester(), a.attesterName(), a.attestedAt(), a.decidedBy(), a.decidedAt(), a.decisionComment());
    }

    record Page(int total, List<AttestationJson> items) {
    }

    /** An evidence file in the JSON body, its content in base64. */
    record File(@Nullable String fileName, @Nullable String contentType, @Nullable String base64) {

        EvidenceFile toEvidence() {
            try {
                return new EvidenceFile(fileName == null ? "" : fileName.strip(),
                        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
                        Base64.getMimeDecoder().decode(base64 == null ? "" : base64));
            } catch (IllegalArgumentException e) {
                throw new InvalidComplianceQueryException(Map.of("evidenceFile", "must carry base64 content"),
                        "evidenceFile must carry base64 content");
            }
        }
    }

    record Request(@Nullable String frameworkId, @Nullable String requirementId, @Nullable String accountId,
                   @Nullable String statement, @Nullable String evidenceUrl, @Nullable File evidenceFile,
                   @Nullable String validUntil) {

        NewAttestation toNewAttestation() {
            UUID framework = null;
            if (frameworkId != null && !frameworkId.isBlank()) {
                try {
                    framework = UUID.fromString(frameworkId.strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidComplianceQueryException(Map.of("frameworkId", "must be a UUID"),
                            "frameworkId must be a UUID");
                }
            }
            return new NewAttestation(framework, requirementId, accountId == null || accountId.isBlank() ? null
                    : accountId, statement, evidenceUrl, WaiverJson.date("validUntil", validUntil));
        }
    }
}
