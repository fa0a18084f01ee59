package dev.skyway.portal.provisioning.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectDecided;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;
import dev.skyway.portal.provisioning.internal.ProvisioningRetryableException;

/**
 * Moves requests along after submission: the approval engine's verdicts (idempotent: a verdict for a request that
 * already moved on, or for another version of it, is ignored), the start of provisioning on approval, and
 * {@link #poll} that follows provisioning records to PROVISIONED (with outputs) or FAILED. Throttling and an
 * unreachable provisioner never fail a request: it stays PROVISIONING with the reason "AWS is throttling; will retry"
 * and the poller leaves it alone for a backoff (doubling from 10 seconds up to 5 minutes).
 * No AWS call is made inside a transaction holding a request's row lock ({@link ProvisioningCalls}).
 * Encrypted NoEcho values are wiped once PROVISIONED or REJECTED; a FAILED request keeps them for a retry until it
 * was left alone for {@code portal.catalog.failed-secret-retention} (default 7 days: then it is given up and a retry
 * asks for them again).
 */
@Component
public class RequestLifecycle {

    public static final String SUBJECT_TYPE = "product-request";
    /** Shown as the request's reason while it waits (the details are in the log). */
    public static final String THROTTLED = "AWS is throttling; will retry";
    public static final String UNREACHABLE = "AWS could not be reached; will retry";
    private static final Logger log = LoggerFactory.getLogger(RequestLifecycle.class);

    private final Requests requests;
    private final Provisioner provisioner;
    private final ProvisioningCalls calls;
    private final RecordOutcomes outcomes;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration failedSecretRetention;

    RequestLifecycle(Requests requests, Provisioner provisioner, ProvisioningCalls calls, RecordOutcomes outcomes,
                     Clock clock, TransactionTemplate tx,
                     @Value("${portal.catalog.failed-secret-retention:P7D}") Duration failedSecretRetention) {
        this.failedSecretRetention = failedSecretRetention;
        this.requests = requests;
        this.provisioner = provisioner;
        this.calls = calls;
        this.outcomes = outcomes;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Not an {@code @ApplicationModuleListener}: that would run the whole method, the AWS call included, in one
     * transaction holding the request's row lock. Each verdict is recorded in a transaction of its own; only an
     * approval then makes a call, outside it ({@link ProvisioningCalls}).
     */
    @Async
    @TransactionalEventListener
    void on(SubjectDecided event) {
        ProvisioningCalls.Call call = tx.execute(status -> switch (event) {
            case SubjectApproved approved -> approved(approved);
            case SubjectRejected rejected -> rejected(rejected);
            case ChangesRequested changes -> changesRequested(changes);
        });
        if (call != null) {
            calls.run(call);
        }
    }

    /** In the verdict's transaction: the call that provisions the approved version; absent when there is none. */
    private ProvisioningCalls.@Nullable Call approved(SubjectApproved event) {
        Optional<RequestRow> pending = pending(event.subjectType(), event.subjectId(), event.subjectHash());
        if (pending.isPresent()) {
            move(pending.get(), row -> row.approve(clock.instant()));
            return calls.prepare(pending.get());
        }
        // delivered again after the process died between keeping PROVISIONING and keeping the record: call again
        // (with the same token, which AWS answers with the same record)
        return started(event.subjectType(), event.subjectId(), event.subjectHash()).map(calls::prepare)
                .orElse(null);
    }

    private ProvisioningCalls.@Nullable Call rejected(SubjectRejected event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            move(row, locked -> locked.reject(event.reason(), clock.instant()));
            requests.wipeSecrets(row.id());
        });
        return null;
    }

    private ProvisioningCalls.@Nullable Call changesRequested(ChangesRequested event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row ->
                move(row, locked -> locked.sendBack(event.comment(), clock.instant())));
        return null;
    }

    /**
     * One pass over the requests being provisioned, each on its own: starts provisioning where no record exists yet
     * (again with the stored token), and finishes those whose record is done. AWS is called between transactions,
     * never inside one that holds the request's lock.
     *
     * @return how many requests finished in this pass
     */
    public int poll() {
        int finished = 0;
        List<UUID> due = new ArrayList<>(requests.idsDue(RequestStatus.PROVISIONING, clock.instant()));
        due.addAll(requests.idsDue(RequestStatus.TERMINATING, clock.instant()));
        for (UUID id : due) {
            try {
                finished += advance(id) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not follow provisioning of request {}: {}", id, e.getMessage());
            }
        }
        tx.executeWithoutResult(status -> requests.wipeSecretsOfFailedBefore(
                clock.instant().minus(failedSecretRetention)));
        return finished;
    }

    /** What one request being followed needs next: a start, or (without one) reading its record. */
    private record Next(ProvisioningCalls.@Nullable Call start, RequestRow row) {
    }

    private boolean advance(UUID id) {
        Next next = tx.execute(status -> next(id));
        if (next == null) {
            return false;
        }
        if (next.start() != null) {
            calls.run(next.start());
            return false;
        }
        String recordId = next.row().attempt().recordId();
        Provisioner.Record record;
        try {
            record = provisioner.describe(recordId);
        } catch (ProvisioningRetryableException e) {
            tx.executeWithoutResult(status -> stillAt(next).ifPresent(row -> calls.backOff(row, e)));
            return false;
        } catch (ProvisioningException e) {
            log.warn("Provisioning record {} of request {} unreadable: {}", recordId, id, e.getMessage());
            return false;
        }
        return Boolean.TRUE.equals(tx.execute(status -> stillAt(next).map(row -> outcomes.keep(row, record))
                .orElse(false)));
    }

    /** In a transaction, with the row locked: what to do for the request; absent when nothing. */
    private @Nullable Next next(UUID id) {
        RequestRow row = requests.lock(id).orElse(null);
        if (row == null || !row.running()) {
            return null;
        }
        if (row.status() == RequestStatus.TERMINATING && row.action() == RequestAction.CREATE) {
            return null; // a resource being terminated: its TERMINATE request is followed instead
        }
        return row.attempt().recordId() == null ? new Next(calls.prepare(row), row) : new Next(null, row);
    }

    /** The request, locked, if it still follows the same record (nobody finished or retried it meanwhile). */
    private Optional<RequestRow> stillAt(Next next) {
        return requests.lock(next.row().id()).filter(row -> row.status() == next.row().status()
                && next.row().attempt().recordId().equals(row.attempt().recordId()));
    }

    /** A verdict moves the request as it is now (locked: the poller and the requester may race). */
    private void move(RequestRow row, Function<RequestRow, Transition> verdict) {
        requests.save(verdict.apply(requests.lock(row.id()).orElseThrow()));
    }

    private Optional<RequestRow> pending(String subjectType, String subjectId, String subjectHash) {
        return subject(subjectType, subjectId, subjectHash).filter(row ->
                row.status() == RequestStatus.PENDING_APPROVAL || row.status() == RequestStatus.CHANGES_REQUESTED);
    }

    /** The request, locked, when it runs for this version but its call has no record yet. */
    private Optional<RequestRow> started(String subjectType, String subjectId, String subjectHash) {
        return subject(subjectType, subjectId, subjectHash).filter(row -> row.attempt().recordId() == null
                && row.running()
                && row.statusReason() == null); // not while it waits out a backoff (the poller comes back)
    }

    /** The request of this subject version, locked; empty for other subject types, ids or versions. */
    private Optional<RequestRow> subject(String subjectType, String subjectId, String subjectHash) {
        if (!SUBJECT_TYPE.equals(subjectType)) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(subjectId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return requests.lock(id).filter(row -> row.approval().subjectHash().equals(subjectHash));
    }

}
