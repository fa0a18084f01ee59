package dev.skyway.portal.approvals.internal;

import java.time.Clock;
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

/** Creates and cancels delegation windows. */
@Service
public class DelegationService {

    static final java.time.Duration LONGEST = java.time.Duration.ofDays(366);

    private final Delegations delegations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegationService(Delegations delegations, ApplicationEventPublisher events, Clock clock) {
        this.delegations = delegations;
        this.events = events;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException naming the field when the delegate or window is not acceptable */
    @Transactional
    public Delegation create(PortalUser delegator, String delegate, Instant startsAt, Instant endsAt) {
        if (delegate == null || delegate.isBlank()) {
            throw new IllegalArgumentException("delegate: who decides for you is required");
        }
        String to = delegate.strip();
        if (to.equals(delegator.username())) {
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
        if (java.time.Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("endsAt: a delegation lasts at most 366 days");
        }
        Delegation d = new Delegation(UUID.randomUUID(), delegator.username(), delegator.name(), to, startsAt,
                endsAt, null);
        delegations.insert(d, SeparationOfDuties.roleNames(delegator), clock.instant());
        events.publishEvent(new DelegationChanged(UUID.randomUUID().toString(), d.id(), d.delegator(), d.delegate(),
                startsAt, endsAt, false, AuditActor.of(delegator)));
        return d;
    }

    /** @throws ApprovalRefusedException when the delegation is not the caller's own */
    @Transactional
    public void cancel(PortalUser delegator, UUID id) {
        Delegation d = delegations.find(id).filter(x -> x.delegator().equals(delegator.username()))
                .orElseThrow(() -> new ApprovalRefusedException("You have no delegation " + id));
        if (d.cancelledAt() == null) {
            delegations.cancel(id, clock.instant());
            events.publishEvent(new DelegationChanged(UUID.randomUUID().toString(), id, d.delegator(), d.delegate(),
                    d.startsAt(), d.endsAt(), true, AuditActor.of(delegator)));
        }
    }

    @Transactional(readOnly = true)
    public List<Delegation> involving(PortalUser user) {
        return delegations.involving(user.username());
    }
}
