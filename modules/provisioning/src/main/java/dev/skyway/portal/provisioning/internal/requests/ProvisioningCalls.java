package dev.skyway.portal.provisioning.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.provisioning.ProvisioningFailed;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;
import dev.skyway.portal.provisioning.internal.ProvisioningRetryableException;

/**
 * Starting a provisioning, update or termination in three steps, so that no AWS call is made while a database
 * transaction holds the request's row lock (a slow or throttled AWS would otherwise hold the lock, and a connection,
 * for the whole call, blocking the approval listeners, the poller and the requester's own actions):
 * <ol>
 * <li>{@link #prepare}, in the caller's transaction with the row locked: the request is marked PROVISIONING (or
 * TERMINATING) and the call is built with the token stored before (at submission, or when a retry started a new
 * attempt);</li>
 * <li>{@link #run}, outside any transaction: the call;</li>
 * <li>in a short transaction of its own: the outcome (record id, backoff, failure) is kept only if the request is
 * still at that attempt (same token, still running, no record yet).</li>
 * </ol>
 * A crash between the steps loses nothing: the poller finds the request running without a record and calls again
 * with the same token, which AWS answers with the same record.
 */
@Component
public class ProvisioningCalls {

    static final Duration BACKOFF_START = Duration.ofSeconds(10);
    static final Duration BACKOFF_MAX = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(ProvisioningCalls.class);

    private final Requests requests;
    private final Provisioner provisioner;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    ProvisioningCalls(Requests requests, Provisioner provisioner, SecretBox secrets, ApplicationEventPublisher events,
                      Clock clock, TransactionTemplate tx) {
        this.requests = requests;
        this.provisioner = provisioner;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    /** A call to make for one attempt of a request; {@code invoke} returns the record id. */
    public record Call(RequestRow row, Supplier<String> invoke) {
    }

    /** Step 1: marks the (locked) request running and builds its call. Must run in the caller's transaction. */
    public Call prepare(RequestRow row) {
        Requests.Target target = requests.target(row.id());
        boolean terminate = "TERMINATE".equals(target.action());
        RequestStatus running = terminate ? RequestStatus.TERMINATING : RequestStatus.PROVISIONING;
        if (row.status() != running) {
            requests.setStatus(row.id(), running, null, clock.instant());
        }
        return switch (target.action()) {
            case "UPDATE" -> {
                Provisioner.UpdateCommand command = updateCommand(row, target);
                yield new Call(row, () -> provisioner.update(command));
            }
            case "TERMINATE" -> {
                requests.setStatus(target.resourceId(), RequestStatus.TERMINATING, null, clock.instant());
                Provisioner.TerminateCommand command = new Provisioner.TerminateCommand(productIdOf(target),
                        row.provisionedName(), row.provisionToken());
                yield new Call(row, () -> provisioner.terminate(command));
            }
            default -> {
                Provisioner.Command command = command(row);
                yield new Call(row, () -> provisioner.provision(command));
            }
        };
    }

    /** Steps 2 and 3: makes the call outside any transaction, then keeps its outcome if the attempt is current. */
    public void run(Call call) {
        UUID id = call.row().id();
        try {
            String recordId = call.invoke().get();
            tx.executeWithoutResult(s -> current(call).ifPresent(row -> {
                requests.answered(id);
                requests.setRecord(id, recordId, clock.instant());
            }));
        } catch (ProvisioningRetryableException e) {
            tx.executeWithoutResult(s -> current(call).ifPresent(row -> backOff(row, e)));
        } catch (ProvisioningException e) {
            tx.executeWithoutResult(s -> current(call).ifPresent(row -> fail(row, null, e.getMessage())));
        }
    }

    /** The request, locked, if it is still at the attempt the call was made for. */
    private java.util.Optional<RequestRow> current(Call call) {
        return requests.lock(call.row().id()).filter(row -> (row.status() == RequestStatus.PROVISIONING
                || row.status() == RequestStatus.TERMINATING) && row.recordId() == null
                && row.provisionToken().equals(call.row().provisionToken()));
    }

    /** Pending, not failed: the poller comes back after a backoff that doubles with each throttled call. */
    void backOff(RequestRow row, ProvisioningRetryableException e) {
        int throttled = requests.attempt(row.id()).map(Requests.Attempt::throttled).orElse(0);
        Duration wait = BACKOFF_START.multipliedBy(1L << Math.min(throttled, 10));
        wait = wait.compareTo(BACKOFF_MAX) > 0 ? BACKOFF_MAX : wait;
        log.info("Provisioning of request {} postponed by {}: {}", row.id(), wait, e.getMessage());
        requests.backOff(row.id(), e.throttled() ? RequestLifecycle.THROTTLED : RequestLifecycle.UNREACHABLE,
                clock.instant().plus(wait));
    }

    void fail(RequestRow row, String recordId, String reason) {
        requests.setStatus(row.id(), RequestStatus.FAILED, reason, clock.instant());
        events.publishEvent(new ProvisioningFailed(UUID.randomUUID().toString(), row.id(), row.productId(),
                recordId, reason, AuditActor.of(PortalUser.SYSTEM)));
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
}
