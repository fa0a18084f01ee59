package dev.skyway.portal.catalog.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.catalog.ProductProvisioned;
import dev.skyway.portal.catalog.ProvisionedProductChanged;
import dev.skyway.portal.catalog.ProvisioningFailed;
import dev.skyway.portal.catalog.RequestStatus;
import dev.skyway.portal.catalog.internal.Provisioner;
import dev.skyway.portal.catalog.internal.ProvisioningException;
import dev.skyway.portal.catalog.internal.ProvisioningRetryableException;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Moves requests along after submission: the approval engine's verdicts (idempotent: a verdict for a request that
 * already moved on, or for another version of it, is ignored), the start of provisioning on approval, and
 * {@link #poll} that follows provisioning records to PROVISIONED (with outputs) or FAILED. Throttling and an
 * unreachable provisioner never fail a request: it stays PROVISIONING with the reason "AWS is throttling; will retry"
 * and the poller leaves it alone for a backoff (doubling from {@code BACKOFF_START} up to {@code BACKOFF_MAX}).
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
    static final Duration BACKOFF_START = Duration.ofSeconds(10);
    static final Duration BACKOFF_MAX = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(RequestLifecycle.class);

    private final Requests requests;
    private final ProvisionedProducts products;
    private final Provisioner provisioner;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration failedSecretRetention;

    RequestLifecycle(Requests requests, ProvisionedProducts products, Provisioner provisioner, SecretBox secrets,
                     ApplicationEventPublisher events, Clock clock, TransactionTemplate tx,
                     @Value("${portal.catalog.failed-secret-retention:P7D}") Duration failedSecretRetention) {
        this.failedSecretRetention = failedSecretRetention;
        this.products = products;
        this.requests = requests;
        this.provisioner = provisioner;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    @ApplicationModuleListener
    void on(SubjectApproved event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            requests.setStatus(row.id(), RequestStatus.APPROVED, null, clock.instant());
            start(row);
        });
    }

    @ApplicationModuleListener
    void on(SubjectRejected event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row -> {
            requests.setStatus(row.id(), RequestStatus.REJECTED, event.reason(), clock.instant());
            requests.wipeSecrets(row.id());
        });
    }

    @ApplicationModuleListener
    void on(ChangesRequested event) {
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row ->
                requests.setStatus(row.id(), RequestStatus.CHANGES_REQUESTED, event.comment(), clock.instant()));
    }

    /**
     * One pass over the requests being provisioned, each in its own transaction: starts provisioning where no record
     * exists yet (again with the stored token), and finishes those whose record is done.
     *
     * @return how many requests finished in this pass
     */
    public int poll() {
        int finished = 0;
        List<UUID> due = new ArrayList<>(requests.idsDue(RequestStatus.PROVISIONING, clock.instant()));
        due.addAll(requests.idsDue(RequestStatus.TERMINATING, clock.instant()));
        for (UUID id : due) {
            try {
                Boolean done = tx.execute(status -> advance(id));
                finished += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not follow provisioning of request {}: {}", id, e.getMessage());
            }
        }
        tx.executeWithoutResult(status -> requests.wipeSecretsOfFailedBefore(
                clock.instant().minus(failedSecretRetention)));
        return finished;
    }

    private boolean advance(UUID id) {
        RequestRow row = requests.lock(id).orElse(null);
        if (row == null || (row.status() != RequestStatus.PROVISIONING && row.status() != RequestStatus.TERMINATING)) {
            return false;
        }
        Requests.Target target = requests.target(id);
        if (row.status() == RequestStatus.TERMINATING && target.create()) {
            return false; // a resource being terminated: its TERMINATE request is followed instead
        }
        if (row.recordId() == null) {
            start(row);
            return false;
        }
        Provisioner.Record record;
        try {
            record = provisioner.describe(row.recordId());
            requests.answered(id);
        } catch (ProvisioningRetryableException e) {
            backOff(row, e);
            return false;
        } catch (ProvisioningException e) {
            log.warn("Provisioning record {} of request {} unreadable: {}", row.recordId(), id, e.getMessage());
            return false;
        }
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
                fail(row, row.recordId(), record.error());
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

    /**
     * Marks the request PROVISIONING and calls the provisioner with the token stored before (at submission, or when
     * a retry started a new attempt).
     */
    private void start(RequestRow row) {
        Requests.Target target = requests.target(row.id());
        RequestStatus running = "TERMINATE".equals(target.action()) ? RequestStatus.TERMINATING
                : RequestStatus.PROVISIONING;
        if (row.status() != running) {
            requests.setStatus(row.id(), running, null, clock.instant());
        }
        try {
            String recordId = switch (target.action()) {
                case "UPDATE" -> provisioner.update(updateCommand(row, target));
                case "TERMINATE" -> {
                    requests.setStatus(target.resourceId(), RequestStatus.TERMINATING, null, clock.instant());
                    yield provisioner.terminate(new Provisioner.TerminateCommand(productIdOf(target),
                            row.provisionedName(), row.provisionToken()));
                }
                default -> provisioner.provision(command(row));
            };
            requests.answered(row.id());
            requests.setRecord(row.id(), recordId, clock.instant());
        } catch (ProvisioningRetryableException e) {
            backOff(row, e);
        } catch (ProvisioningException e) {
            fail(row, null, e.getMessage());
        }
    }

    /** Pending, not failed: the poller comes back after a backoff that doubles with each throttled call. */
    private void backOff(RequestRow row, ProvisioningRetryableException e) {
        int throttled = requests.attempt(row.id()).map(Requests.Attempt::throttled).orElse(0);
        Duration wait = BACKOFF_START.multipliedBy(1L << Math.min(throttled, 10));
        wait = wait.compareTo(BACKOFF_MAX) > 0 ? BACKOFF_MAX : wait;
        log.info("Provisioning of request {} postponed by {}: {}", row.id(), wait, e.getMessage());
        requests.backOff(row.id(), e.throttled() ? THROTTLED : UNREACHABLE, clock.instant().plus(wait));
    }

    private void fail(RequestRow row, String recordId, String reason) {
        requests.setStatus(row.id(), RequestStatus.FAILED, reason, clock.instant());
        events.publishEvent(new ProvisioningFailed(UUID.randomUUID().toString(), row.id(), row.productId(),
                recordId, reason, system()));
    }

    /** Service Catalog's id of the resource's provisioned product; null when unknown (then named by its name). */
    private String productIdOf(Requests.Target target) {
        return requests.attempt(target.resourceId()).map(Requests.Attempt::provisionedProductId).orElse(null);
    }

    /** New values of an UPDATE; a NoEcho parameter stored without a value keeps its previous value. */
    private Provisioner.UpdateCommand updateCommand(RequestRow row, Requests.Target target) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> keep = new LinkedHashSet<>();
        for (RequestRow.Parameter p : requests.parameters(row.id())) {
            if (!p.noEcho()) {
                values.put(p.key(), p.value());
            } else if (p.sealed() != null) {
                values.put(p.key(), secrets.decrypt(p.sealed(), row.secretContext(p.key())));
            } else {
                keep.add(p.key());
            }
        }
        return new Provisioner.UpdateCommand(productIdOf(target), row.provisionedName(), row.productId(),
                row.versionId(), row.accountId(), row.provisionToken(), values, keep);
    }

    private Provisioner.Command command(RequestRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RequestRow.Parameter p : requests.parameters(row.id())) {
            if (!p.noEcho()) {
                values.put(p.key(), p.value());
            } else if (p.sealed() != null) {
                values.put(p.key(), secrets.decrypt(p.sealed(), row.secretContext(p.key())));
            }
        }
        // the requester's tags (TagOptions win over the cost center field), then the portal's own
        Map<String, String> tags = new LinkedHashMap<>(requests.tags(row.id()));
        tags.put("skyway:request", row.id().toString());
        tags.put("skyway:environment", row.environment());
        if (row.costCenter() != null) {
            tags.putIfAbsent("cost-center", row.costCenter());
        }
        return new Provisioner.Command(row.productId(), row.versionId(), row.accountId(), row.provisionedName(),
                row.provisionToken(), values, tags);
    }

    private Optional<RequestRow> pending(String subjectType, String subjectId, String subjectHash) {
        if (!SUBJECT_TYPE.equals(subjectType)) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(subjectId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return requests.lock(id).filter(row -> (row.status() == RequestStatus.PENDING_APPROVAL
                || row.status() == RequestStatus.CHANGES_REQUESTED) && row.subjectHash().equals(subjectHash));
    }

    private static AuditActor system() {
        return AuditActor.of(PortalUser.SYSTEM);
    }
}
