package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.approvals.internal.DelegationService;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * An approver lets someone decide their tasks during a time window (e.g. while on holiday). Decisions made that
 * way record "delegate on behalf of approver"; a delegate still never decides what they requested. A delegate
 * decides only the stages that name the approver personally (by policy or as team lead), never with the
 * approver's roles, and a window lasts at most {@code portal.approvals.delegation.max-days} (default 30).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApprovalDelegations {

    private final DelegationService delegations;
    private final CurrentUser currentUser;

    ApprovalDelegations(DelegationService delegations, CurrentUser currentUser) {
        this.delegations = delegations;
        this.currentUser = currentUser;
    }

    /**
     * The caller delegates to {@code delegate} ({@code issuer#subject}, or a local demo user's username) from
     * {@code startsAt} (inclusive) to {@code endsAt}.
     *
     * @throws IllegalArgumentException naming the field: no delegate, oneself, an empty, past or too long window
     */
    public Delegation delegate(String delegate, Instant startsAt, Instant endsAt) {
        return delegations.create(currentUser.get(), delegate, startsAt, endsAt);
    }

    /** @throws ApprovalRefusedException when it is not the caller's delegation */
    public void cancel(UUID delegationId) {
        delegations.cancel(currentUser.get(), delegationId);
    }

    /** Delegations the caller gave or received, newest first. */
    public List<Delegation> mine() {
        return delegations.involving(currentUser.get());
    }
}
