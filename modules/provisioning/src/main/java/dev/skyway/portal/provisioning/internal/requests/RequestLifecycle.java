package dev.skyway.portal.provisioning.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectDecided;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.provisioning.ProductProvisioned;
import dev.skyway.portal.provisioning.ProvisionedProductChanged;
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
    private final ProvisionedProducts products;
    private final Provisioner provisioner;
    private final ProvisioningCalls calls;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration failedSecretRetention;

    RequestLifecycle(Requests requests, ProvisionedProducts products, Provisioner provisioner, ProvisioningCalls calls,
                     ApplicationEventPublisher events, Clock clock, TransactionTemplate tx,
                     @Value("${portal.catalog.failed-secret-retention:P7D}") Duration failedSecretRetention) {
        this.failedSecretRetention = failedSecretRetention;
        this.products = products;
        this.requests = requests;
        this.provisioner = provisioner;
        this.calls = calls;
        this.events = events;
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

    /** In the verdict's transaction: the call that provisions the approved version; null when there is none. */
    private ProvisioningCalls.Call approved(SubjectApproved event) {
        Optional<RequestRow> pending = pending(event.subjectType(), event.subjectId(), event.subjectHash());
        if (pending.isPresent()) {
            requests.setStatus(pending.get().id(), RequestStatus.APPROVED, null, clock.instant());
            return calls.prepare(pending.get());
        }
        // delivered again after the process died between keeping PROVISIONING and keeping the record: call again
        // (with the same token, which AWS answers with the same record)
        return started(event.subjectType(), event.subjectId(), event.subjectHash()).map(calls::prepare)
                .orElse(null);
    }

    private ProvisioningCalls.Call rejected(SubjectRejected event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            requests.setStatus(row.id(), RequestStatus.REJECTED, event.reason(), clock.instant());
            requests.wipeSecrets(row.id());
        });
        return null;
    }

    private ProvisioningCalls.Call changesRequested(ChangesRequested event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row ->
                requests.setStatus(row.id(), RequestStatus.CHANGES_REQUESTED, event.comment(), clock.instant()));
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

    /** What one request being followed needs next: a start, or reading its record. */
    private record Next(ProvisioningCalls.Call start, RequestRow row, Requests.Target target) {
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
        Provisioner.Record record;
        try {
            record = provisioner.describe(next.row().recordId());
        } catch (ProvisioningRetryableException e) {
            tx.executeWithoutResult(status -> stillAt(next).ifPresent(row -> calls.backOff(row, e)));
            return false;
        } catch (ProvisioningException e) {
            log.warn("Provisioning record {} of request {} unreadable: {}", next.row().recordId(), id,
                    e.getMessage());
            return false;
        }
        return Boolean.TRUE.equals(tx.execute(status -> stillAt(next)
                .map(row -> recorded(row, next.target(), record)).orElse(false)));
    }

    /** In a transaction, with the row locked: what to do for the request; null when nothing. */
    private Next next(UUID id) {
        RequestRow row = requests.lock(id).orElse(null);
        if (row == null || (row.status() != RequestStatus.PROVISIONING && row.status() != RequestStatus.TERMINATING)) {
            return null;
        }
        Requests.Target target = requests.target(id);
        if (row.status() == RequestStatus.TERMINATING && target.create()) {
            return null; // a resource being terminated: its TERMINATE request is followed instead
        }
        return row.recordId() == null ? new Next(calls.prepare(row), row, target) : new Next(null, row, target);
    }

    /** The request, locked, if it still follows the same record (nobody finished or retried it meanwhile). */
    private Optional<RequestRow> stillAt(Next next) {
        return requests.lock(next.row().id()).filter(row -> row.status() == next.row().status()
                && next.row().recordId().equals(row.recordId()));
    }

    /** What the record says, kept; true when the request finished. */
    private boolean recorded(RequestRow row, Requests.Target target, Provisioner.Record record) {
        UUID id = row.id();
        requests.answered(id);
        if (record.provisionedProductId() != null && target.create()) {
            requests.setProvisionedProductId(id, record.provisionedProductId());
        }
        if (record.productStatus() != null && record.state() != Provisioner.State.IN_PROGRESS
                && !("TERMINATE".equals(target.action()) && record.state() == Provisioner.State.SUCCEEDED)) {
            // what AWS says of the product now: kept on the resource (a CREATE request is its own resource)
            products.setHealth(target.create() ? id : target.resourceId(), record.productStatus(),
                    record.productStatusMessage(), id, clock.instant());
        }
        return switch (record.state()) {
            case IN_PROGRESS -> false;
            case SUCCEEDED -> {
                succeeded(row, target, record);
                yield true;
            }
            case FAILED -> {
                calls.fail(row, row.recordId(), record.error());
                if ("TERMINATE".equals(target.action())) {
                    requests.setStatus(target.resourceId(), RequestStatus.PROVISIONED,
                            "Termination failed: " + record.error(), clock.instant());
                }
                yield true;
            }
        };
    }

    private void succeeded(RequestRow row, Requests.Target target, Provisioner.Record record) {
        UUID id = row.id();
        Instant now = clock.instant();
        switch (target.action()) {
            case "UPDATE" -> {
                requests.saveOutputs(id, record.outputs());
                requests.setStatus(id, RequestStatus.PROVISIONED, null, now);
                products.applyUpdate(target.resourceId(), requests.parameters(id), record.outputs(), row.versionId(),
                        row.versionName(), now);
                requests.wipeSecrets(id);
                events.publishEvent(new ProvisionedProductChanged(UUID.randomUUID().toString(), target.resourceId(),
                        id, "UPDATE", row.productId(), row.provisionedName(), system()));
            }
            case "TERMINATE" -> {
                requests.setStatus(id, RequestStatus.TERMINATED, null, now);
                requests.setStatus(target.resourceId(), RequestStatus.TERMINATED, null, now);
                events.publishEvent(new ProvisionedProductChanged(UUID.randomUUID().toString(), target.resourceId(),
                        id, "TERMINATE", row.productId(), row.provisionedName(), system()));
            }
            default -> {
                requests.saveOutputs(id, record.outputs());
                requests.setStatus(id, RequestStatus.PROVISIONED, null, now);
                requests.setProvisionedAt(id, now);
                requests.wipeSecrets(id);
                events.publishEvent(new ProductProvisioned(UUID.randomUUID().toString(), id, row.productId(),
                        row.accountId(), row.recordId(), row.provisionedName(), system()));
            }
        }
    }

    private Optional<RequestRow> pending(String subjectType, String subjectId, String subjectHash) {
        return subject(subjectType, subjectId, subjectHash).filter(row ->
                row.status() == RequestStatus.PENDING_APPROVAL || row.status() == RequestStatus.CHANGES_REQUESTED);
    }

    /** The request, locked, when it runs for this version but its call has no record yet. */
    private Optional<RequestRow> started(String subjectType, String subjectId, String subjectHash) {
        return subject(subjectType, subjectId, subjectHash).filter(row -> row.recordId() == null
                && (row.status() == RequestStatus.PROVISIONING || row.status() == RequestStatus.TERMINATING)
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
        return requests.lock(id).filter(row -> row.subjectHash().equals(subjectHash));
    }

    private static AuditActor system() {
        return AuditActor.of(PortalUser.SYSTEM);
    }
}
