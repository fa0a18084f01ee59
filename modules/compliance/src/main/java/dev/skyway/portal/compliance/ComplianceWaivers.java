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
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.waivers.WaiverMirroring;
import dev.skyway.portal.compliance.internal.waivers.WaiverProperties;
import dev.skyway.portal.compliance.internal.waivers.WaiverRows;
import dev.skyway.portal.compliance.internal.waivers.WaiverRules;
import dev.skyway.portal.compliance.internal.waivers.WaiverSubjects;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Waivers: exceptions for a control on an account (or one resource of it) with a reason, a compensating control and
 * an expiry, approved by security through the approval engine ({@value Waiver#SUBJECT_TYPE}). Engineers request and
 * see them for their teams' accounts; security and platform admins for every account. An active waiver takes the
 * findings it covers out of the score until its expiry day (they stay listed, as waived); the expiry job warns
 * before and ends it after.
 */
@Service
public class ComplianceWaivers {

    private final WaiverRows rows;
    private final AccountScopes scopes;
    private final ControlMappings mappings;
    private final Approvals approvals;
    private final WaiverMirroring mirroring;
    private final WaiverProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComplianceWaivers(WaiverRows rows, AccountScopes scopes, ControlMappings mappings, Approvals approvals,
                      WaiverMirroring mirroring, WaiverProperties properties, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.scopes = scopes;
        this.mappings = mappings;
        this.approvals = approvals;
        this.mirroring = mirroring;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Checks, stores and submits a waiver for approval, as the caller.
     *
     * @throws InvalidComplianceQueryException naming each wrong field (nothing stored)
     * @throws AccessDeniedException           when the account is not one the caller sees
     */
    @PreAuthorize(Roles.READERS)
    @Transactional
    public Waiver request(NewWaiver request) {
        PortalUser user = currentUser.get();
        LocalDate today = today();
        Map<String, String> problems = WaiverRules.check(request, today, properties.maxDays());
        if (!problems.isEmpty()) {
            throw new InvalidComplianceQueryException(problems, "The waiver request has wrong fields: "
                    + String.join(", ", problems.keySet()));
        }
        String accountId = request.accountId().strip();
        AccountScopes.Visibility visibility = scopes.visibility();
        if (!visibility.sees(accountId)) {
            throw new AccessDeniedException("Account " + accountId + " is not one of the " + visibility.scope()
                    + " that you see");
        }
        String controlId = request.controlId().strip();
        Waiver waiver = new Waiver(UUID.randomUUID(), accountId, controlId, mappings.keys().of(controlId),
                stripped(request.resourceId()), request.reason().strip(), stripped(request.compensatingControl()),
                request.expiresOn(), WaiverStatus.PENDING_APPROVAL, null, user.username(), user.name(),
                clock.instant(), null, null, null, null, null);
        rows.insert(waiver, user);
        ApprovalProcess process = approvals.submit(WaiverSubjects.submission(waiver, owner(accountId)), user);
        rows.setProcess(waiver.id(), process.id());
        return rows.find(waiver.id()).orElseThrow();
    }

    /** The waivers the caller sees, newest first (at most 1,000). */
    @PreAuthorize(Roles.READERS)
    public List<Waiver> list(@Nullable WaiverStatus status, @Nullable String accountId) {
        AccountScopes.Visibility visibility = scopes.visibility();
        if (accountId != null && !visibility.sees(accountId)) {
            throw new AccessDeniedException("Account " + accountId + " is not one of the " + visibility.scope()
                    + " that you see");
        }
        return rows.list(status, accountId, visibility.accounts());
    }

    /** A waiver the caller sees; empty when unknown or not theirs to see. */
    @PreAuthorize(Roles.READERS)
    public Optional<Waiver> find(UUID id) {
        AccountScopes.Visibility visibility = scopes.visibility();
        return rows.find(id).filter(w -> visibility.sees(w.accountId()));
    }

    /**
     * Ends an active waiver now (its findings count again, the mirror is undone), or withdraws a pending one.
     * Security, platform admins and the requester may.
     *
     * @throws java.util.NoSuchElementException when the caller does not see it
     * @throws AccessDeniedException            when the caller may see but not revoke it
     * @throws WaiverStateException             when it already ended or was rejected
     * @throws InvalidComplianceQueryException  when the reason is missing or too long
     */
    @PreAuthorize(Roles.READERS)
    @Transactional
    public Waiver revoke(UUID id, @Nullable String reason) {
        PortalUser user = currentUser.get();
        Waiver waiver = find(id).orElseThrow(() -> new java.util.NoSuchElementException("No waiver " + id));
        if (!user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN) && !rows.requestedBy(id, user)) {
            throw new AccessDeniedException("Only security, platform admins and its requester revoke a waiver");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > Approvals.MAX_COMMENT) {
            throw InvalidComplianceQueryException.of("reason", "is required (at most " + Approvals.MAX_COMMENT
                    + " characters)");
        }
        WaiverStatus to = waiver.status().revoke();
        if (!rows.move(id, waiver.status(), to, user.name(), clock.instant(), reason.strip())) {
            throw new WaiverStateException("The waiver changed meanwhile; read it again");
        }
        if (to == WaiverStatus.WITHDRAWN && waiver.approvalProcessId() != null) {
            approvals.withdraw(waiver.approvalProcessId(), "Waiver withdrawn: " + reason.strip());
        } else if (to == WaiverStatus.REVOKED) {
            mirroring.ended(waiver, "was revoked");
        }
        return rows.find(id).orElseThrow();
    }

    /** How far ahead a waiver may expire now (the policy's limit). */
    public LocalDate latestExpiry() {
        return today().plusDays(properties.maxDays());
    }

    private @Nullable String owner(String accountId) {
        var account = scopes.inventory().get(accountId);
        return account == null ? null : account.ownerTeam();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static @Nullable String stripped(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
