package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Delegation;
import dev.skyway.portal.approvals.DelegationChanged;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * Creates and cancels delegation windows. A window lasts at most {@code portal.approvals.delegation.max-days}; the
 * delegate is named by key ({@code issuer#subject}) or, for a local demo user, by bare username.
 */
@Service
public class DelegationService {

    private final Delegations delegations;
    private final DelegationProperties policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegationService(Delegations delegations, DelegationProperties policy, ApplicationEventPublisher events,
                      Clock clock) {
        this.delegations = delegations;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException naming the field when the delegate or window is not acceptable */
    @Transactional
    public Delegation create(PortalUser delegator, String delegate, Instant startsAt, Instant endsAt) {
        UserKey to = delegateKey(delegate);
        if (delegator.isSamePerson(to)) {
            throw new IllegalArgumentException("delegate: you cannot delegate to yourself");
        }
        if (startsAt == null || endsAt == null) {
            throw new IllegalArgumentException("startsAt/endsAt: both ends of the window are required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt: must be after the start");
        }
        if (!endsAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("endsAt: must be in the future");
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofDays(policy.maxDays())) > 0) {
            throw new IllegalArgumentException("endsAt: a delegation lasts at most " + policy.maxDays() + " days");
        }
        Delegation d = new Delegation(UUID.randomUUID(), delegator.key(), delegator.username(), delegator.name(), to,
                delegate.strip(), startsAt, endsAt, null);
        delegations.insert(d, clock.instant());
        events.publishEvent(changed(d, false, delegator));
        return d;
    }

    /** @throws ApprovalRefusedException when the delegation is not the caller's own */
    @Transactional
    public void cancel(PortalUser delegator, UUID id) {
        Delegation d = delegations.find(id).filter(x -> delegator.isSamePerson(x.delegatorKey()))
                .orElseThrow(() -> new ApprovalRefusedException("You have no delegation " + id));
        if (d.cancelledAt() == null) {
            delegations.cancel(id, clock.instant());
            events.publishEvent(changed(d, true, delegator));
        }
    }

    @Transactional(readOnly = true)
    public List<Delegation> involving(PortalUser user) {
        return delegations.involving(user.key());
    }

    private static UserKey delegateKey(String delegate) {
        if (delegate == null || delegate.isBlank()) {
            throw new IllegalArgumentException("delegate: who decides for you is required");
        }
        try {
            return UserKey.ofReference(delegate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("delegate: write issuer#subject, or a demo user's username");
        }
    }

    /** The audit entry names both people by key: usernames are not identities. */
    private static DelegationChanged changed(Delegation d, boolean cancelled, PortalUser actor) {
        return new DelegationChanged(UUID.randomUUID().toString(), d.id(), d.delegatorKey().canonical(),
                d.delegateKey().canonical(), d.startsAt(), d.endsAt(), cancelled, AuditActor.of(actor));
    }
}
