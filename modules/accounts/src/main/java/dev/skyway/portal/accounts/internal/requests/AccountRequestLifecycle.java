package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestChanged;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * The approval engine's verdicts on account requests (idempotent: a verdict for a request that already moved on, or
 * for another version of it, is ignored). Approved requests join the end of the vending queue; the
 * {@link VendingRunner} takes them from there. Nothing here calls AWS.
 */
@Component
public class AccountRequestLifecycle {

    public static final String SUBJECT_TYPE = "account-request";

    private final AccountRequestStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRequestLifecycle(AccountRequestStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectApproved event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            store.addEvent(row.id(), "APPROVED", event.autoApproved() ? "Approved automatically (rule "
                    + event.ruleName() + ")" : "Approved (rule " + event.ruleName() + ")", clock.instant());
            store.enqueue(row.id(), clock.instant());
            store.addEvent(row.id(), "QUEUED", row.kind() == AccountRequest.Kind.CLOSE
                    ? "Waiting to close the account" : "Waiting in the vending queue", clock.instant());
            events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), row.id(),
                    "accounts.request-queued", Map.of("kind", row.kind().name()), AuditActor.of(PortalUser.SYSTEM)));
        });
    }

    @ApplicationModuleListener
    void on(SubjectRejected event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            store.setStatus(row.id(), AccountRequestStatus.REJECTED, event.reason(), clock.instant());
            store.addEvent(row.id(), "REJECTED", "Rejected at stage " + event.stage() + ": " + event.reason(),
                    clock.instant());
        });
    }

    @ApplicationModuleListener
    void on(ChangesRequested event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            store.setStatus(row.id(), AccountRequestStatus.CHANGES_REQUESTED, event.comment(), clock.instant());
            store.addEvent(row.id(), "CHANGES_REQUESTED", "Changes requested at stage " + event.stage() + ": "
                    + event.comment(), clock.instant());
        });
    }

    private Optional<AccountRequest> pending(String subjectType, String subjectId, String subjectHash) {
        if (!SUBJECT_TYPE.equals(subjectType)) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(subjectId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return store.lock(id).filter(row -> (row.status() == AccountRequestStatus.PENDING_APPROVAL
                || row.status() == AccountRequestStatus.CHANGES_REQUESTED) && row.subjectHash().equals(subjectHash));
    }
}
