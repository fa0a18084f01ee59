package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestChanged;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectDecided;
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
    void on(SubjectDecided event) {
        event.subjectUuid(SUBJECT_TYPE).flatMap(store::lock).filter(row -> awaitsVerdict(row, event.subjectHash()))
                .ifPresent(row -> {
                    switch (event) {
                        case SubjectApproved approved -> approved(row, approved);
                        case SubjectRejected rejected -> {
                            store.setStatus(row.id(), AccountRequestStatus.REJECTED, rejected.reason(),
                                    clock.instant());
                            store.addEvent(row.id(), "REJECTED", "Rejected at stage " + rejected.stage() + ": "
                                    + rejected.reason(), clock.instant());
                        }
                        case ChangesRequested changes -> {
                            store.setStatus(row.id(), AccountRequestStatus.CHANGES_REQUESTED, changes.comment(),
                                    clock.instant());
                            store.addEvent(row.id(), "CHANGES_REQUESTED", "Changes requested at stage "
                                    + changes.stage() + ": " + changes.comment(), clock.instant());
                        }
                    }
                });
    }

    private void approved(AccountRequest row, SubjectApproved event) {
        store.addEvent(row.id(), "APPROVED", event.autoApproved() ? "Approved automatically (rule "
                + event.ruleName() + ")" : "Approved (rule " + event.ruleName() + ")", clock.instant());
        store.enqueue(row.id(), clock.instant());
        store.addEvent(row.id(), "QUEUED", row.kind() == AccountRequest.Kind.CLOSE
                ? "Waiting to close the account" : "Waiting in the vending queue", clock.instant());
        events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), row.id(),
                "accounts.request-queued", Map.of("kind", row.kind().name()), AuditActor.of(PortalUser.SYSTEM)));
    }

    /** Whether the request waits for a verdict on this version (not one it already had, not an older edit). */
    private static boolean awaitsVerdict(AccountRequest row, String subjectHash) {
        return (row.status() == AccountRequestStatus.PENDING_APPROVAL
                || row.status() == AccountRequestStatus.CHANGES_REQUESTED)
                && row.approval().subjectHash().equals(subjectHash);
    }
}
