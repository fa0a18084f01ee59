package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectDecided;
import dev.skyway.portal.approvals.SubjectRejected;

/**
 * The approval engine's verdicts on account requests (idempotent: a verdict for a request that already moved on, or
 * for another version of it, is ignored). Approved requests join the end of the vending queue; the
 * {@link VendingRunner} takes them from there. Nothing here calls AWS.
 */
@Component
class ApprovalVerdicts {

    private final AccountRequestStore store;
    private final Clock clock;

    ApprovalVerdicts(AccountRequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectDecided event) {
        event.subjectUuid(AccountRequest.SUBJECT_TYPE).flatMap(store::lock)
                .filter(row -> row.lifecycle().awaitsVerdictOn(event.subjectHash()))
                .map(row -> switch (event) {
                    case SubjectApproved approved -> row.lifecycle().approve(approved.ruleName(),
                            approved.autoApproved(), store.nextQueueRank(), clock.instant());
                    case SubjectRejected rejected -> row.lifecycle().reject(rejected.stage(), rejected.reason(),
                            clock.instant());
                    case ChangesRequested changes -> row.lifecycle().requestChanges(changes.stage(),
                            changes.comment(), clock.instant());
                })
                .ifPresent(store::save);
    }
}
