package dev.skyway.portal.provisioning.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final RequestValues values;
    private final Provisioner provisioner;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    ProvisioningCalls(Requests requests, RequestValues values, Provisioner provisioner, SecretBox secrets,
                      ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.requests = requests;
        this.values = values;
        this.provisioner = provisioner;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    /** A call to make for one attempt of a request; {@code invoke} returns the record id. */
    public record Call(RequestRow row, Supplier<String> invoke) {
    }

    /**
     * Step 1: marks the (locked) request running and builds its call. Must run in the caller's transaction.
     *
     * @param request the request as the caller read it; it is read again, as the caller may have moved it since
     */
    public Call prepare(RequestRow request) {
        RequestRow row = requests.lock(request.id()).orElseThrow();
        Instant now = clock.instant();
        return switch (row.action()) {
            case UPDATE -> {
                RequestRow running = requests.save(row.startProvisioning(now));
                RequestRow resource = requests.find(running.resourceId()).orElseThrow();
                Provisioner.UpdateCommand command = updateCommand(running, resource);
                yield new Call(running, () -> provisioner.update(command));
            }
            case TERMINATE -> {
                RequestRow running = requests.save(row.startTerminating(now));
                RequestRow resource = requests.save(requests.lock(running.resourceId()).orElseThrow()
                        .beingTerminated(now));
                Provisioner.TerminateCommand command = new Provisioner.TerminateCommand(
                        resource.attempt().provisionedProductId(), running.provisionedName(),
                        running.attempt().token());
                yield new Call(running, () -> provisioner.terminate(command));
            }
            case CREATE -> {
                RequestRow running = requests.save(row.startProvisioning(now));
                Provisioner.Command command = command(running);
                yield new Call(running, () -> provisioner.provision(command));
            }
        };
    }

    /** Steps 2 and 3: makes the call outside any transaction, then keeps its outcome if the attempt is current. */
    public void run(Call call) {
        try {
            String recordId = call.invoke().get();
            tx.executeWithoutResult(s -> current(call).ifPresent(row ->
                    requests.save(row.accepted(recordId, clock.instant()))));
        } catch (ProvisioningRetryableException e) {
            tx.executeWithoutResult(s -> current(call).ifPresent(row -> backOff(row, e)));
        } catch (ProvisioningException e) {
            tx.executeWithoutResult(s -> current(call).ifPresent(row -> fail(row, e.getMessage())));
        }
    }

    /** The request, locked, if it is still at the attempt the call was made for. */
    private Optional<RequestRow> current(Call call) {
        return requests.lock(call.row().id()).filter(row -> row.running() && row.attempt().recordId() == null
                && row.attempt().token().equals(call.row().attempt().token()));
    }

    /** Pending, not failed: the poller comes back after a backoff that doubles with each throttled call. */
    void backOff(RequestRow row, ProvisioningRetryableException e) {
        Duration wait = BACKOFF_START.multipliedBy(1L << Math.min(row.attempt().throttled(), 10));
        wait = wait.compareTo(BACKOFF_MAX) > 0 ? BACKOFF_MAX : wait;
        log.info("Provisioning of request {} postponed by {}: {}", row.id(), wait, e.getMessage());
        requests.save(row.backOff(e.throttled() ? RequestLifecycle.THROTTLED : RequestLifecycle.UNREACHABLE,
                clock.instant().plus(wait)));
    }

    /** The call was refused, or (the poller) its record failed. */
    void fail(RequestRow row, String reason) {
        Transition failed = row.fail(reason, clock.instant());
        requests.save(failed);
        failed.events().forEach(events::publishEvent);
    }

    /** New values of an UPDATE; a NoEcho parameter stored without a value keeps its previous value. */
    private Provisioner.UpdateCommand updateCommand(RequestRow row, RequestRow resource) {
        Map<String, String> given = new LinkedHashMap<>();
        Set<String> keep = new LinkedHashSet<>();
        for (StoredParameter p : values.parameters(row.id())) {
            if (!p.noEcho()) {
                given.put(p.key(), p.value());
            } else if (p.sealed() != null) {
                given.put(p.key(), secrets.decrypt(p.sealed(), row.secretContext(p.key())));
            } else {
                keep.add(p.key());
            }
        }
        return new Provisioner.UpdateCommand(resource.attempt().provisionedProductId(), row.provisionedName(),
                row.product().productId(), row.product().versionId(), row.target().accountId(),
                row.attempt().token(), given, keep);
    }

    private Provisioner.Command command(RequestRow row) {
        Map<String, String> given = new LinkedHashMap<>();
        for (StoredParameter p : values.parameters(row.id())) {
            if (!p.noEcho()) {
                given.put(p.key(), p.value());
            } else if (p.sealed() != null) {
                given.put(p.key(), secrets.decrypt(p.sealed(), row.secretContext(p.key())));
            }
        }
        return new Provisioner.Command(row.product().productId(), row.product().versionId(),
                row.target().accountId(), row.provisionedName(), row.attempt().token(), given,
                productTags(row, values.tags(row.id())));
    }

    /**
     * The tags a CREATE request provisions its product with: the requester's (TagOptions win over the cost center
     * field), then the portal's own; {@code skyway:request} is how the cost data finds the product again.
     */
    public static Map<String, String> productTags(RequestRow row, Map<String, String> requesterTags) {
        Map<String, String> tags = new LinkedHashMap<>(requesterTags);
        tags.put("skyway:request", row.id().toString());
        tags.put("skyway:environment", row.target().environment());
        if (row.purpose().costCenter() != null) {
            tags.putIfAbsent("cost-center", row.purpose().costCenter());
        }
        return tags;
    }
}
