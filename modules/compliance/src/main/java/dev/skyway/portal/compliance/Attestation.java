package dev.skyway.portal.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Evidence that a MANUAL requirement of a framework is met, approved by security; while active and valid it makes
 * the requirement PASS in scores.
 *
 * @param accountId    absent: every account
 * @param evidenceUrl  a link to the evidence; absent when a file was attached instead (or as well)
 * @param evidenceFile the attached file's name; absent when none
 * @param validUntil   the last day it is in force
 * @param attester     the attester's username
 */
public record Attestation(UUID id, UUID frameworkId, String requirementId, @Nullable String accountId,
                          String statement, @Nullable String evidenceUrl, @Nullable String evidenceFile,
                          LocalDate validUntil, WaiverStatus status, @Nullable UUID approvalProcessId,
                          String attester, String attesterName, Instant attestedAt, @Nullable String decidedBy,
                          @Nullable Instant decidedAt, @Nullable String decisionComment) {

    /** The approval engine's subject type of attestations. */
    public static final String SUBJECT_TYPE = "compliance-attestation";

    public String title() {
        return "Attestation of requirement " + requirementId + (accountId == null ? " for every account"
                : " on " + accountId);
    }
}
