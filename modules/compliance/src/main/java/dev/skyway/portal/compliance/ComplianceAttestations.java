package dev.skyway.portal.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.waivers.AttestationRows;
import dev.skyway.portal.compliance.internal.waivers.AttestationRules;
import dev.skyway.portal.compliance.internal.waivers.AttestationSubjects;
import dev.skyway.portal.compliance.internal.waivers.WaiverProperties;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Attestations: evidence (a link, a file, or both) that a MANUAL requirement of a framework is met on an account or
 * on every account, valid until a date, approved by security through the approval engine
 * ({@value Attestation#SUBJECT_TYPE}). While active and valid the requirement is PASS in scores. Engineers attest
 * for their teams' accounts; only security and platform admins for every account.
 */
@Service
public class ComplianceAttestations {

    private final AttestationRows rows;
    private final FrameworkRows frameworks;
    private final AccountScopes scopes;
    private final Approvals approvals;
    private final WaiverProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComplianceAttestations(AttestationRows rows, FrameworkRows frameworks, AccountScopes scopes, Approvals approvals,
                           WaiverProperties properties, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.frameworks = frameworks;
        this.scopes = scopes;
        this.approvals = approvals;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Checks, stores and submits an attestation for approval, as the caller.
     *
     * @param file evidence attached as a file; absent when the link is the evidence
     * @throws InvalidComplianceQueryException naming each wrong field (nothing stored)
     * @throws AccessDeniedException           when the account is not one the caller sees, or the attestation is for
     *                                         every account and the caller is not security or a platform admin
     */
    @PreAuthorize(Roles.READERS)
    @Transactional
    public Attestation submit(NewAttestation attestation, @Nullable EvidenceFile file) {
        PortalUser user = currentUser.get();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<Framework> framework = attestation.frameworkId() == null ? Optional.empty()
                : frameworks.find(attestation.frameworkId());
        Map<String, String> problems = AttestationRules.check(attestation, file,
                framework.map(f -> frameworks.requirements(f.id())).orElse(null), today,
                properties.attestationMaxDays());
        if (!problems.isEmpty()) {
            throw new InvalidComplianceQueryException(problems, "The attestation has wrong fields: "
                    + String.join(", ", problems.keySet()));
        }
        String accountId = attestation.accountId() == null ? null : attestation.accountId().strip();
        AccountScopes.Visibility visibility = scopes.visibility();
        if (accountId == null ? !user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN) : !visibility.sees(accountId)) {
            throw new AccessDeniedException(accountId == null ? "Only security and platform admins attest for every"
                    + " account" : "Account " + accountId + " is not one of the " + visibility.scope()
                    + " that you see");
        }
        String url = attestation.evidenceUrl() == null || attestation.evidenceUrl().isBlank() ? null
                : attestation.evidenceUrl().strip();
        Attestation stored = new Attestation(UUID.randomUUID(), attestation.frameworkId(),
                attestation.requirementId().strip(), accountId, attestation.statement().strip(), url,
                file == null ? null : file.fileName(), attestation.validUntil(), WaiverStatus.PENDING_APPROVAL, null,
                user.username(), user.name(), clock.instant(), null, null, null);
        rows.insert(stored, user, file);
        String team = accountId == null ? null : Optional.ofNullable(scopes.inventory().get(accountId))
                .map(a -> a.ownerTeam()).orElse(null);
        ApprovalProcess process = approvals.submit(AttestationSubjects.submission(stored,
                framework.orElseThrow().name(), rows.evidenceHash(stored.id()).orElse(null), team), user);
        rows.setProcess(stored.id(), process.id());
        return rows.find(stored.id()).orElseThrow();
    }

    /** The last day an attestation submitted today may be valid until (the policy's limit). */
    public LocalDate latestValidUntil() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(properties.attestationMaxDays());
    }

    /** The attestations the caller sees (their accounts' and those for every account), newest first. */
    @PreAuthorize(Roles.READERS)
    public List<Attestation> list(@Nullable UUID frameworkId, @Nullable WaiverStatus status,
                                  @Nullable String accountId) {
        AccountScopes.Visibility visibility = scopes.visibility();
        if (accountId != null && !visibility.sees(accountId)) {
            throw new AccessDeniedException("Account " + accountId + " is not one of the " + visibility.scope()
                    + " that you see");
        }
        return rows.list(frameworkId, status, accountId, visibility.accounts());
    }

    /** An attestation the caller sees; empty when unknown or not theirs to see. */
    @PreAuthorize(Roles.READERS)
    public Optional<Attestation> find(UUID id) {
        AccountScopes.Visibility visibility = scopes.visibility();
        return rows.find(id).filter(a -> a.accountId() == null || visibility.sees(a.accountId()));
    }
}
