package dev.skyway.portal.catalog.internal.requests;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.catalog.ProductProvisioned;
import dev.skyway.portal.catalog.ProvisioningFailed;
import dev.skyway.portal.catalog.RequestStatus;
import dev.skyway.portal.catalog.internal.Provisioner;
import dev.skyway.portal.catalog.internal.ProvisioningException;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Moves requests along after submission: the approval engine's verdicts (idempotent: a verdict for a request that
 * already moved on, or for another version of it, is ignored), the start of provisioning on approval, and
 * {@link #poll} that follows provisioning records to PROVISIONED (with outputs) or FAILED. Encrypted NoEcho values are
 * wiped once provisioning ended either way.
 */
@Component
public class RequestLifecycle {

    public static final String SUBJECT_TYPE = "product-request";
    private static final Logger log = LoggerFactory.getLogger(RequestLifecycle.class);

    private final Requests requests;
    private final Provisioner provisioner;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    RequestLifecycle(Requests requests, Provisioner provisioner, SecretBox secrets, ApplicationEventPublisher events,
                     Clock clock, TransactionTemplate tx) {
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
        pending(event.subjectType(), event.subjectId(), event.subjectHash()).ifPresent(row ->
                requests.setStatus(row.id(), RequestStatus.REJECTED, event.reason(), clock.instant()));
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
        for (UUID id : requests.idsIn(RequestStatus.PROVISIONING)) {
            try {
                Boolean done = tx.execute(status -> advance(id));
                finished += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not follow provisioning of request {}: {}", id, e.getMessage());
            }
        }
        return finished;
    }

    private boolean advance(UUID id) {
        RequestRow row = requests.lock(id).orElse(null);
        if (row == null || row.status() != RequestStatus.PROVISIONING) {
            return false;
        }
        if (row.recordId() == null) {
            start(row);
            return false;
        }
        Provisioner.Record record;
        try {
            record = provisioner.describe(row.recordId());
        } catch (ProvisioningException e) {
            log.warn("Provisioning record {} of request {} unreadable: {}", row.recordId(), id, e.getMessage());
            return false;
        }
        return switch (record.state()) {
            case IN_PROGRESS -> false;
            case SUCCEEDED -> {
                requests.saveOutputs(id, record.outputs());
                requests.setStatus(id, RequestStatus.PROVISIONED, null, clock.instant());
                requests.wipeSecrets(id);
                events.publishEvent(new ProductProvisioned(UUID.randomUUID().toString(), id, row.productId(),
                        row.accountId(), row.recordId(), row.provisionedName(), system()));
                yield true;
            }
            case FAILED -> {
                fail(row, row.recordId(), record.error());
                yield true;
            }
        };
    }

    /** Marks the request PROVISIONING and calls the provisioner with the token stored at submission. */
    private void start(RequestRow row) {
        requests.setStatus(row.id(), RequestStatus.PROVISIONING, null, clock.instant());
        try {
            String recordId = provisioner.provision(command(row));
            requests.setRecord(row.id(), recordId, clock.instant());
        } catch (ProvisioningException e) {
            fail(row, null, e.getMessage());
        }
    }

    private void fail(RequestRow row, String recordId, String reason) {
        requests.setStatus(row.id(), RequestStatus.FAILED, reason, clock.instant());
        requests.wipeSecrets(row.id());
        events.publishEvent(new ProvisioningFailed(UUID.randomUUID().toString(), row.id(), row.productId(),
                recordId, reason, system()));
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
