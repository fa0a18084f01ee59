package dev.skyway.portal.compliance.internal.waivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.NewAttestation;
import dev.skyway.portal.compliance.NewWaiver;
import dev.skyway.portal.compliance.WaiverStateException;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;

/** The waiver's state machine and the rules for requests and attestations, without Spring. */
class WaiverRulesTests {

    static final LocalDate TODAY = LocalDate.of(2025, 12, 5);

    @Test
    void aWaiverMovesOnlyAlongItsLifecycle() {
        assertThat(WaiverStatus.PENDING_APPROVAL.approve()).isEqualTo(WaiverStatus.ACTIVE);
        assertThat(WaiverStatus.PENDING_APPROVAL.reject()).isEqualTo(WaiverStatus.REJECTED);
        assertThat(WaiverStatus.PENDING_APPROVAL.revoke()).isEqualTo(WaiverStatus.WITHDRAWN);
        assertThat(WaiverStatus.ACTIVE.expire()).isEqualTo(WaiverStatus.EXPIRED);
        assertThat(WaiverStatus.ACTIVE.revoke()).isEqualTo(WaiverStatus.REVOKED);
        assertThatThrownBy(WaiverStatus.ACTIVE::approve).isInstanceOf(WaiverStateException.class)
                .hasMessage("A ACTIVE waiver cannot be approved; only a PENDING_APPROVAL one can");
        assertThatThrownBy(WaiverStatus.PENDING_APPROVAL::expire).isInstanceOf(WaiverStateException.class);
        for (WaiverStatus done : List.of(WaiverStatus.REJECTED, WaiverStatus.EXPIRED, WaiverStatus.REVOKED,
                WaiverStatus.WITHDRAWN)) {
            assertThat(done.isFinal()).isTrue();
            assertThatThrownBy(done::revoke).isInstanceOf(WaiverStateException.class);
            assertThatThrownBy(done::approve).isInstanceOf(WaiverStateException.class);
        }
    }

    @Test
    void aGoodRequestHasNoProblemsAndTheResourceIsOptional() {
        assertThat(WaiverRules.check(new NewWaiver("382272806015", "IAM.6", null, "keys on order", null,
                TODAY.plusDays(365)), TODAY, 365)).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThat(WaiverRules.check(new NewWaiver("12", " ", "r".repeat(2049), null, "c".repeat(4001), TODAY),
                TODAY, 365)).containsExactly(
                entry("accountId", "must be a 12-digit AWS account id"),
                entry("controlId", "is required"),
                entry("resourceId", "must be at most 2048 characters"),
                entry("reason", "is required"),
                entry("compensatingControl", "must be at most 4000 characters"),
                entry("expiresOn", "must be after today (2025-12-05)"));
        assertThat(WaiverRules.check(new NewWaiver(null, "IAM.6", null, "x", null, null), TODAY, 365))
                .containsOnlyKeys("accountId", "expiresOn");
    }

    @Test
    void theExpiryIsAtMostThePolicysDaysAhead() {
        assertThat(WaiverRules.check(new NewWaiver("382272806015", "IAM.6", null, "x", null, TODAY.plusDays(366)),
                TODAY, 365)).containsExactly(entry("expiresOn",
                "must be at most 365 days ahead (by 2026-12-05), as the policy allows"));
        assertThat(WaiverRules.check(new NewWaiver("382272806015", "IAM.6", null, "x", null, TODAY.plusDays(91)),
                TODAY, 90)).containsOnlyKeys("expiresOn");
    }

    @Test
    void aPolicyMayLowerTheLimitButNeverRaiseIt() {
        assertThat(new WaiverProperties(null, null, null, null).maxDays()).isEqualTo(365);
        assertThat(new WaiverProperties(90, null, null, null).maxDays()).isEqualTo(90);
        assertThat(new WaiverProperties(null, null, null, null).noticeDays()).isEqualTo(7);
        assertThatThrownBy(() -> new WaiverProperties(400, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-days");
    }

    @Test
    void onlyManualRequirementsAreAttestedWithEvidence() {
        UUID framework = UUID.randomUUID();
        var requirements = List.of(new FrameworkRows.RequirementChecks("1.1", "MANUAL", List.of()),
                new FrameworkRows.RequirementChecks("1.6", "AUTOMATED", List.of("IAM.6")));
        assertThat(AttestationRules.check(new NewAttestation(framework, "1.1", null, "reviewed",
                "https://wiki.example.com/review", TODAY.plusDays(30)), null, requirements, TODAY, 365)).isEmpty();
        assertThat(AttestationRules.check(new NewAttestation(framework, "1.1", null, "reviewed", null,
                TODAY.plusDays(30)), new EvidenceFile("review.pdf", "application/pdf", new byte[]{1}), requirements,
                TODAY, 365)).isEmpty();
        assertThat(AttestationRules.check(new NewAttestation(framework, "1.6", "x", "", "ftp://host/file",
                TODAY.plusDays(400)), null, requirements, TODAY, 365)).containsOnlyKeys("requirementId",
                "accountId", "statement", "evidenceUrl", "validUntil");
        assertThat(AttestationRules.check(new NewAttestation(framework, "1.1", null, "reviewed", null,
                TODAY.plusDays(30)), null, null, TODAY, 365)).containsOnlyKeys("frameworkId", "evidenceUrl");
    }
}
