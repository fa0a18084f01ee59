package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.portal.provisioning.RequestStatus.APPROVED;
import static dev.skyway.portal.provisioning.RequestStatus.CHANGES_REQUESTED;
import static dev.skyway.portal.provisioning.RequestStatus.FAILED;
import static dev.skyway.portal.provisioning.RequestStatus.PENDING_APPROVAL;
import static dev.skyway.portal.provisioning.RequestStatus.PROVISIONED;
import static dev.skyway.portal.provisioning.RequestStatus.PROVISIONING;
import static dev.skyway.portal.provisioning.RequestStatus.REJECTED;
import static dev.skyway.portal.provisioning.RequestStatus.TERMINATED;
import static dev.skyway.portal.provisioning.RequestStatus.TERMINATING;
import static dev.skyway.portal.provisioning.RequestStatus.WITHDRAWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.ProductHealth;
import dev.skyway.portal.provisioning.ProductProvisioned;
import dev.skyway.portal.provisioning.ProductRequestResubmitted;
import dev.skyway.portal.provisioning.ProductRequestSubmitted;
import dev.skyway.portal.provisioning.ProductRequestWithdrawn;
import dev.skyway.portal.provisioning.ProvisionedProductChanged;
import dev.skyway.portal.provisioning.ProvisioningFailed;
import dev.skyway.portal.provisioning.ProvisioningRetried;
import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Requester;
import dev.skyway.portal.provisioning.Target;
import dev.skyway.portal.provisioning.Timing;

/**
 * A stored product request, and the one place its status changes. Each move checks the status it starts from
 * ({@link RequestStateException} otherwise, the API's 409) and returns a {@link Transition}: the request after the
 * move and the event it raises; {@link Requests#save} persists it. Parameters, outputs and tags are stored with the
 * request and load separately.
 *
 * <p>PENDING_APPROVAL or CHANGES_REQUESTED: {@link #approve}, {@link #reject}, {@link #sendBack}, {@link #withdraw};
 * CHANGES_REQUESTED: {@link #resubmit} (pending again). APPROVED: {@link #startProvisioning} (PROVISIONING), or for a
 * TERMINATE {@link #startTerminating} (TERMINATING). While running: {@link #accepted}, {@link #backOff},
 * {@link #answered}, {@link #identified}, then {@link #provisioned}, {@link #terminated} or {@link #fail}. FAILED:
 * {@link #retry} (PROVISIONING again, a TERMINATE too: starting it makes it TERMINATING). A resource (a CREATE
 * request that provisioned its product) goes PROVISIONED → {@link #beingTerminated} → {@link #terminated}, or back
 * to PROVISIONED with {@link #terminationFailed}.
 *
 * @param resourceId   the CREATE request whose product an UPDATE or TERMINATE changes; absent for CREATE
 * @param requesterKey who asked (issuer and subject): compare this, never the username
 * @param estimate     the estimated monthly cost; absent when the product has no cost model
 * @param statusReason why it was rejected, sent back, withdrawn or failed, or why it waits; absent otherwise
 */
public record RequestRow(UUID id, RequestAction action, @Nullable UUID resourceId, Requester requester,
                         UserKey requesterKey, RequestedProduct product, Target target, Purpose purpose,
                         @Nullable Money estimate, Approval approval, String provisionedName, RequestStatus status,
                         @Nullable String statusReason, Attempt attempt, ProductHealth health, Timing timing) {

    private static final Set<RequestStatus> UNDECIDED = EnumSet.of(PENDING_APPROVAL, CHANGES_REQUESTED);
    private static final Set<RequestStatus> RUNNING = EnumSet.of(PROVISIONING, TERMINATING);

    /** A new request of {@code user}, pending approval; its subject hash comes next ({@link #withSubjectHash}). */
    public static RequestRow pending(UUID id, RequestAction action, @Nullable UUID resourceId, PortalUser user,
                                     RequestedProduct product, Target target, Purpose purpose,
                                     @Nullable Money estimate, String provisionedName, Instant now) {
        return new RequestRow(id, action, resourceId, new Requester(user.username(), user.name(), user.team()),
                user.key(), product, target, purpose, estimate, new Approval("", null), provisionedName,
                PENDING_APPROVAL, null, Attempt.first(UUID.randomUUID().toString()), ProductHealth.UNKNOWN,
                Timing.startingAt(now));
    }

    /** The new request with the version approvers will decide on; before it is stored. */
    public RequestRow withSubjectHash(String subjectHash) {
        return new RequestRow(id, action, resourceId, requester, requesterKey, product, target, purpose, estimate,
                new Approval(subjectHash, approval.processId()), provisionedName, status, statusReason, attempt,
                health, timing);
    }

    /** The approval engine took the new request as process {@code processId}. */
    public Transition submittedTo(UUID processId, AuditActor by) {
        require(EnumSet.of(PENDING_APPROVAL), "Only a new request can be submitted");
        RequestRow after = new RequestRow(id, action, resourceId, requester, requesterKey, product, target, purpose,
                estimate, new Approval(approval.subjectHash(), processId), provisionedName, status, statusReason,
                attempt, health, timing);
        return Transition.to(this, after, new ProductRequestSubmitted(eventId(), id, product.productId(),
                target.environment(), target.accountId(), by));
    }

    public Transition approve(Instant now) {
        require(UNDECIDED, "Only a request waiting for approval or sent back can be approved");
        return Transition.to(this, with(APPROVED, null, attempt, timing.changedAt(now)));
    }

    public Transition reject(String reason, Instant now) {
        require(UNDECIDED, "Only a request waiting for approval or sent back can be rejected");
        return Transition.to(this, with(REJECTED, reason, attempt, timing.changedAt(now)));
    }

    /** An approver asked for changes; {@code comment} is what they asked. */
    public Transition sendBack(String comment, Instant now) {
        require(UNDECIDED, "Only a request waiting for approval or sent back can be sent back");
        return Transition.to(this, with(CHANGES_REQUESTED, comment, attempt, timing.changedAt(now)));
    }

    /** The requester takes the request back before it was finally decided. */
    public Transition withdraw(String reason, AuditActor by, Instant now) {
        require(UNDECIDED, "Only a request waiting for approval or sent back can be withdrawn");
        return Transition.to(this, with(WITHDRAWN, reason, attempt, timing.changedAt(now)),
                new ProductRequestWithdrawn(eventId(), id, product.productId(), reason, by));
    }

    /** @throws RequestStateException unless an approver sent the request back: "Only ... can {@code be done}" */
    public void requireSentBack(String beDone) {
        require(EnumSet.of(CHANGES_REQUESTED), "Only a request sent back with changes requested can " + beDone);
    }

    /** What the requester may change, as it is now. */
    public Revision revision() {
        return new Revision(product, target, purpose, estimate, provisionedName);
    }

    /** The requester's edit of a request sent back goes to the approvers again as version {@code subjectHash}. */
    public Transition resubmit(Revision revision, String subjectHash, AuditActor by, Instant now) {
        requireSentBack("be resubmitted");
        RequestRow after = new RequestRow(id, action, resourceId, requester, requesterKey, revision.product(),
                revision.target(), revision.purpose(), revision.estimate(),
                new Approval(subjectHash, approval.processId()), revision.provisionedName(), PENDING_APPROVAL, null,
                attempt, health, timing.changedAt(now));
        return Transition.to(this, after, new ProductRequestResubmitted(eventId(), id, product.productId(),
                revision.target().environment(), revision.target().accountId(), by));
    }

    /** The provisioning or update call is about to be made (again, when it was made before without a record). */
    public Transition startProvisioning(Instant now) {
        if (action == RequestAction.TERMINATE) {
            throw refused("A termination is started with startTerminating");
        }
        require(EnumSet.of(APPROVED, PROVISIONING), "Only an approved request can be provisioned");
        return status == PROVISIONING ? Transition.none(this)
                : Transition.to(this, with(PROVISIONING, null, attempt, timing.changedAt(now)));
    }

    /** The termination call is about to be made (again, when it was made before without a record). */
    public Transition startTerminating(Instant now) {
        if (action != RequestAction.TERMINATE) {
            throw refused("Only a TERMINATE request terminates a product");
        }
        // PROVISIONING: a retried termination (a retry starts every request as PROVISIONING)
        require(EnumSet.of(APPROVED, PROVISIONING, TERMINATING), "Only an approved termination can be started");
        return status == TERMINATING ? Transition.none(this)
                : Transition.to(this, with(TERMINATING, null, attempt, timing.changedAt(now)));
    }

    /** The provisioner accepted the call: the request follows {@code recordId}, and waits no more. */
    public Transition accepted(String recordId, Instant now) {
        requireRunning("accept a provisioning record");
        if (attempt.recordId() != null) {
            throw refused("The request follows record " + attempt.recordId() + " already");
        }
        return Transition.to(this, with(status, attempt.throttledNow() ? null : statusReason,
                attempt.following(recordId), timing.changedAt(now)));
    }

    /** The provisioner throttled (or could not be reached): say so, and leave the request alone until {@code until}. */
    public Transition backOff(String reason, Instant until) {
        requireRunning("wait for the provisioner");
        return Transition.to(this, with(status, reason, attempt.backedOff(until), timing));
    }

    /** The provisioner answered again: no backoff, and no throttling message. */
    public Transition answered() {
        requireRunning("hear from the provisioner");
        return attempt.throttledNow() ? Transition.to(this, with(status, null, attempt.answered(), timing))
                : Transition.none(this);
    }

    /** The record named Service Catalog's id of the provisioned product. */
    public Transition identified(String provisionedProductId) {
        requireRunning("learn its provisioned product");
        return Transition.to(this, with(status, statusReason, attempt.identified(provisionedProductId), timing));
    }

    /** The record succeeded: a CREATE is provisioned (it is a resource now), an UPDATE is applied. */
    public Transition provisioned(Instant now) {
        if (action == RequestAction.TERMINATE) {
            throw refused("A termination ends TERMINATED, not PROVISIONED");
        }
        require(EnumSet.of(PROVISIONING), "Only a request being provisioned can be provisioned");
        if (action == RequestAction.CREATE) {
            return Transition.to(this, with(PROVISIONED, null, attempt, timing.provisioned(now)),
                    new ProductProvisioned(eventId(), id, product.productId(), target.accountId(), attempt.recordId(),
                            provisionedName, system()));
        }
        return Transition.to(this, with(PROVISIONED, null, attempt, timing.changedAt(now)),
                changed(RequestAction.UPDATE));
    }

    /** A TERMINATE request's record succeeded, or (no event) the resource it terminated is gone. */
    public Transition terminated(Instant now) {
        if (action == RequestAction.UPDATE) {
            throw refused("An update does not terminate anything");
        }
        require(EnumSet.of(TERMINATING), "Only a product being terminated can be terminated");
        RequestRow after = with(TERMINATED, null, attempt, timing.changedAt(now));
        return action == RequestAction.TERMINATE ? Transition.to(this, after, changed(RequestAction.TERMINATE))
                : Transition.to(this, after);
    }

    /** The call was refused or the record failed; {@code reason} in plain words. */
    public Transition fail(String reason, Instant now) {
        requireRunning("fail");
        return Transition.to(this, with(FAILED, reason, attempt, timing.changedAt(now)),
                new ProvisioningFailed(eventId(), id, product.productId(), attempt.recordId(), reason, system()));
    }

    /** A new attempt of a FAILED request with a new token, stored before any call; the poller makes the call. */
    public Transition retry(String newToken, AuditActor by, Instant now) {
        require(EnumSet.of(FAILED), "Only a failed request can be retried");
        Attempt next = attempt.next(newToken);
        return Transition.to(this, with(PROVISIONING, null, next, timing.changedAt(now)),
                new ProvisioningRetried(eventId(), id, product.productId(), next.number(), by));
    }

    /** This resource's TERMINATE request started (or started again). */
    public Transition beingTerminated(Instant now) {
        requireResource();
        require(EnumSet.of(PROVISIONED, TERMINATING), "Only a provisioned product can be terminated");
        return Transition.to(this, with(TERMINATING, null, attempt, timing.changedAt(now)));
    }

    /** This resource's termination failed: it is still there, and says why it was not terminated. */
    public Transition terminationFailed(String error, Instant now) {
        requireResource();
        require(EnumSet.of(TERMINATING), "Only a product being terminated can fail to terminate");
        return Transition.to(this, with(PROVISIONED, "Termination failed: " + error, attempt, timing.changedAt(now)));
    }

    /** Whether nobody has finally decided the request yet (so its requester may still withdraw it). */
    public boolean undecided() {
        return UNDECIDED.contains(status);
    }

    /** Whether a provisioning, update or termination call is under way. */
    public boolean running() {
        return RUNNING.contains(status);
    }

    /** The secret's associated data: binds a ciphertext to this request and parameter. */
    public String secretContext(String key) {
        return id + "/" + key;
    }

    private RequestRow with(RequestStatus newStatus, @Nullable String reason, Attempt newAttempt, Timing newTiming) {
        return new RequestRow(id, action, resourceId, requester, requesterKey, product, target, purpose, estimate,
                approval, provisionedName, newStatus, reason, newAttempt, health, newTiming);
    }

    private ProvisionedProductChanged changed(RequestAction what) {
        return new ProvisionedProductChanged(eventId(), resourceId, id, what, product.productId(), provisionedName,
                system());
    }

    private void requireRunning(String toDo) {
        require(RUNNING, "Only a request being provisioned or terminated can " + toDo);
    }

    private void requireResource() {
        if (action != RequestAction.CREATE) {
            throw refused("Only a provisioned product (its CREATE request) is terminated with it");
        }
    }

    private void require(Set<RequestStatus> from, String rule) {
        if (!from.contains(status)) {
            throw refused(rule);
        }
    }

    private RequestStateException refused(String rule) {
        return new RequestStateException(id, status, rule + "; this one is " + status);
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }

    private static AuditActor system() {
        return AuditActor.of(PortalUser.SYSTEM);
    }
}
