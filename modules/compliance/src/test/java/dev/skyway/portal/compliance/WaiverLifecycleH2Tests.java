package dev.skyway.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.compliance.internal.waivers.WaiverExpiry;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.notify.Notifications;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The acceptance, on H2 with a controllable clock: an engineer requests a waiver for a failing control on
 * their team's account; security approves it in the approval engine; it is active and the finding leaves the score
 * (listed as waived); seven days before expiry one notice goes out; after its expiry day it expires, another notice
 * goes out and the finding counts again. An attestation of a MANUAL requirement, approved the same way, makes it PASS.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WaiverLifecycleH2Tests {

    static final String PAYMENTS = "382272806015";
    static final String CHECKOUT = "383317268332";
    static final Instant START = Instant.parse("2025-12-05T08:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    ComplianceWaivers waivers;

    @Autowired
    ComplianceAttestations attestations;

    @Autowired
    ComplianceImports imports;

    @Autowired
    ComplianceFindings findings;

    @Autowired
    ComplianceFrameworks frameworks;

    @Autowired
    ComplianceScores scores;

    @Autowired
    Approvals approvals;

    @Autowired
    WaiverExpiry expiry;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @MockitoSpyBean
    Notifications notifications;

    @BeforeEach
    void oneProwlerScan() throws Exception {
        for (String table : List.of("finding_event", "waiver_mirror", "waiver", "attestation", "finding",
                "finding_import")) {
            jdbc.update("delete from compliance." + table);
        }
        clock.set(START);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("sam", Role.SECURITY);
        try (InputStream in = getClass().getResourceAsStream("/findings/prowler-ocsf.json")) {
            FindingImport started = imports.upload(in, UploadType.JSON, "prowler-ocsf.json", true);
            await(() -> imports.find(started.id()).orElseThrow(), i -> !FindingImport.RUNNING.equals(i.status()));
        }
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void aWaiverGoesFromRequestThroughSecurityApprovalToActiveAndExpires() {
        Framework fsbp = frameworks.all().stream()
                .filter(f -> f.framework().equals("AWS-Foundational-Security-Best-Practices")).findFirst()
                .orElseThrow();
        ScoreCounts before = scores.framework(fsbp.id(), ScoreScope.account(PAYMENTS)).counts();
        assertThat(before.failed()).isPositive();

        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> waivers.request(waiver(CHECKOUT, LocalDate.of(2026, 1, 31))))
                .as("not one of erin's team's accounts").isInstanceOf(AccessDeniedException.class);
        Waiver requested = waivers.request(waiver(PAYMENTS, LocalDate.of(2026, 1, 31)));
        assertThat(requested.status()).isEqualTo(WaiverStatus.PENDING_APPROVAL);
        assertThat(requested.controlKey()).isEqualTo("IAM.6");
        String hash = approvals.processOf(Waiver.SUBJECT_TYPE, requested.id().toString()).orElseThrow()
                .subjectHash();
        assertThatThrownBy(() -> approvals.approveSubject(Waiver.SUBJECT_TYPE, requested.id().toString(), hash,
                null)).as("nobody approves their own").isInstanceOf(ApprovalRefusedException.class);
        assertThat(waived()).isFalse();

        TestUsers.loginAs("sam", Role.SECURITY);
        approvals.approveSubject(Waiver.SUBJECT_TYPE, requested.id().toString(), hash, "hardware keys ordered");
        Waiver active = await(() -> waivers.find(requested.id()).orElseThrow(),
                w -> w.status() == WaiverStatus.ACTIVE);
        assertThat(active.decidedBy()).isEqualTo("sam Name");
        assertThat(waived()).as("still listed, as waived").isTrue();
        ScoreCounts waivedScore = scores.framework(fsbp.id(), ScoreScope.account(PAYMENTS)).counts();
        assertThat(waivedScore.failed()).isEqualTo(before.failed() - 1);

        clock.set(Instant.parse("2026-01-23T08:00:00Z"));
        assertThat(expiry.run()).as("nine days before: quiet").isEqualTo(new WaiverExpiry.Pass(0, 0, 0));
        clock.set(Instant.parse("2026-01-24T08:00:00Z"));
        clearInvocations(notifications);
        assertThat(expiry.run()).as("seven days before: the notice").isEqualTo(new WaiverExpiry.Pass(1, 0, 0));
        assertThat(expiry.run()).as("once").isEqualTo(new WaiverExpiry.Pass(0, 0, 0));
        verify(notifications, times(1)).send(argThat(n -> n.subject().contains("expires on 2026-01-31 (in 7 days)")));
        assertThat(waivers.find(requested.id()).orElseThrow().expiryWarned()).isNotNull();

        clock.set(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(expiry.run()).as("in force through its last day").isEqualTo(new WaiverExpiry.Pass(0, 0, 0));
        assertThat(waived()).isTrue();
        clock.set(Instant.parse("2026-02-01T00:30:00Z"));
        assertThat(expiry.run()).isEqualTo(new WaiverExpiry.Pass(0, 1, 0));
        verify(notifications).send(argThat(n -> n.subject().endsWith("expired: its findings count again")));
        Waiver expired = waivers.find(requested.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(WaiverStatus.EXPIRED);
        assertThat(expired.endedAt()).isEqualTo(Instant.parse("2026-02-01T00:30:00Z"));
        assertThat(waived()).as("the finding counts again").isFalse();
        assertThat(scores.framework(fsbp.id(), ScoreScope.account(PAYMENTS)).counts()).isEqualTo(before);
        assertThatThrownBy(() -> waivers.revoke(requested.id(), "too late"))
                .isInstanceOf(WaiverStateException.class);
    }

    @Test
    void anExpiryBeyondPolicyIsNamedAndARevokedWaiverCountsAgainAtOnce() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> waivers.request(waiver(PAYMENTS, LocalDate.of(2026, 12, 6))))
                .isInstanceOfSatisfying(InvalidComplianceQueryException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("expiresOn"));
        Waiver requested = waivers.request(waiver(PAYMENTS, LocalDate.of(2026, 12, 5)));
        String hash = approvals.processOf(Waiver.SUBJECT_TYPE, requested.id().toString()).orElseThrow()
                .subjectHash();
        TestUsers.loginAs("sam", Role.SECURITY);
        approvals.approveSubject(Waiver.SUBJECT_TYPE, requested.id().toString(), hash, null);
        await(() -> waivers.find(requested.id()).orElseThrow(), w -> w.status() == WaiverStatus.ACTIVE);

        TestUsers.loginAs("erin", Role.ENGINEER);
        Waiver revoked = waivers.revoke(requested.id(), "MFA keys arrived");
        assertThat(revoked.status()).isEqualTo(WaiverStatus.REVOKED);
        assertThat(waived()).isFalse();
        assertThat(waivers.list(WaiverStatus.REVOKED, PAYMENTS)).extracting(Waiver::id)
                .containsExactly(requested.id());
    }

    @Test
    void anApprovedAttestationMakesAManualRequirementPassUntilItExpires() {
        Framework cis = frameworks.all().stream().filter(f -> f.framework().equals("CIS")).findFirst()
                .orElseThrow();
        assertThat(requirement(cis, "1.22")).isEqualTo(FindingStatus.MANUAL);
        TestUsers.loginAs("erin", Role.ENGINEER);
        Attestation submitted = attestations.submit(new NewAttestation(cis.id(), "1.22", PAYMENTS,
                "CloudShell access reviewed", "https://wiki.example.com/cloudshell-review",
                LocalDate.of(2026, 3, 31)), null);
        assertThat(submitted.status()).isEqualTo(WaiverStatus.PENDING_APPROVAL);
        String hash = approvals.processOf(Attestation.SUBJECT_TYPE, submitted.id().toString()).orElseThrow()
                .subjectHash();

        TestUsers.loginAs("sam", Role.SECURITY);
        approvals.approveSubject(Attestation.SUBJECT_TYPE, submitted.id().toString(), hash, null);
        await(() -> attestations.find(submitted.id()).orElseThrow(), a -> a.status() == WaiverStatus.ACTIVE);
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(requirement(cis, "1.22")).isEqualTo(FindingStatus.PASS);

        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        assertThat(expiry.run().attestationsExpired()).isOne();
        assertThat(requirement(cis, "1.22")).isEqualTo(FindingStatus.MANUAL);
    }

    FindingStatus requirement(Framework framework, String id) {
        return scores.framework(framework.id(), ScoreScope.account(PAYMENTS)).requirements().stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow().status();
    }

    boolean waived() {
        return findings.search(new FindingQuery(PAYMENTS, null, "IAM.6", "PROWLER", null, null, 0, 50)).items()
                .getFirst().waived();
    }

    static NewWaiver waiver(String account, LocalDate expiresOn) {
        return new NewWaiver(account, "iam_root_hardware_mfa_enabled", null, "Hardware MFA keys are on order",
                "Root credentials locked in the vault; SCP denies root use", expiresOn);
    }

    static <T> T await(java.util.function.Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        assertThat(done.test(value)).as("awaited state, last seen: " + value).isTrue();
        return value;
    }

}
