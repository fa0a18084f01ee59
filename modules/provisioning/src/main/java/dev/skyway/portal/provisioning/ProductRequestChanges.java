package dev.skyway.portal.provisioning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.Attempt;
import dev.skyway.portal.provisioning.internal.requests.OneChangeAtATime;
import dev.skyway.portal.provisioning.internal.requests.RequestRow;
import dev.skyway.portal.provisioning.internal.requests.RequestValues;
import dev.skyway.portal.provisioning.internal.requests.Requests;
import dev.skyway.portal.provisioning.internal.requests.Revision;
import dev.skyway.portal.provisioning.internal.requests.SecretBox;
import dev.skyway.portal.provisioning.internal.requests.StoredParameter;
import dev.skyway.portal.provisioning.internal.requests.SubjectHashes;
import dev.skyway.portal.provisioning.internal.requests.Transition;

/**
 * What happens to a product request after it was submitted, on its requester's (or an admin's) initiative:
 * <ul>
 * <li>{@link #resubmit}: an approver asked for changes; the requester edits the request (same rules as a new one) and
 * it goes back to the approval engine, where every earlier approval is void. A NoEcho value left empty keeps the
 * stored one (it is never shown back).</li>
 * <li>{@link #retry}: provisioning FAILED; a new attempt with a new ProvisionToken (stored before any call) reuses the
 * stored parameters. NoEcho values are kept encrypted until the request is PROVISIONED or given up; when they were
 * wiped the retry needs them again.</li>
 * </ul>
 * Who may read a request is {@link ProductRequests}' rule; a missing request is {@link AccessDeniedException}.
 */
@Service
public class ProductRequestChanges {

    private final ProductRequests productRequests;
    private final RequestRules rules;
    private final Catalog catalog;
    private final Approvals approvals;
    private final Requests requests;
    private final RequestValues values;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OneChangeAtATime oneChange;

    ProductRequestChanges(ProductRequests productRequests, RequestRules rules, Catalog catalog, Approvals approvals,
                          Requests requests, RequestValues values, SecretBox secrets, CurrentUser currentUser,
                          ApplicationEventPublisher events, Clock clock, OneChangeAtATime oneChange) {
        this.values = values;
        this.oneChange = oneChange;
        this.productRequests = productRequests;
        this.rules = rules;
        this.catalog = catalog;
        this.approvals = approvals;
        this.requests = requests;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** What the caller may do with the request now. As {@link ProductRequests#get}. */
    @Transactional(readOnly = true)
    public RequestProgress progress(UUID id) {
        RequestRow row = productRequests.readable(id);
        PortalUser user = currentUser.get();
        boolean own = user.isSamePerson(row.requesterKey());
        Attempt attempt = row.attempt();
        return new RequestProgress(own && row.status() == RequestStatus.CHANGES_REQUESTED,
                row.status() == RequestStatus.FAILED && (own || user.hasRole(Role.PLATFORM_ADMIN)),
                attempt.number(), attempt.throttledNow() ? attempt.nextAttemptAt() : null,
                row.status() == RequestStatus.FAILED ? wiped(row) : List.of(), row.action(),
                row.resourceId(), own && row.undecided());
    }

    /**
     * The requester takes back a request nobody has finally decided yet (pending approval or sent back): it ends
     * {@code WITHDRAWN}, its approval is withdrawn (it leaves the approvers' inboxes) and its secrets are wiped.
     *
     * @throws AccessDeniedException when the caller is not the requester (or the request does not exist)
     * @throws RequestStateException when the request is neither PENDING_APPROVAL nor CHANGES_REQUESTED
     */
    @Transactional
    public ProductRequest withdraw(UUID id, String reason) {
        PortalUser user = currentUser.get();
        RequestRow row = requests.lock(id).orElseThrow(() -> new AccessDeniedException("No such request for you"));
        if (!user.isSamePerson(row.requesterKey())) {
            throw new AccessDeniedException("Only the requester withdraws a request");
        }
        String why = reason == null || reason.isBlank() ? "Withdrawn by " + user.name()
                : "Withdrawn by " + user.name() + ": " + reason.strip();
        if (why.length() > ProductRequests.MAX_JUSTIFICATION) {
            why = why.substring(0, ProductRequests.MAX_JUSTIFICATION);
        }
        Transition withdrawn = row.withdraw(why, AuditActor.of(user), clock.instant());
        requests.save(withdrawn);
        requests.wipeSecrets(id);
        if (row.approval().processId() != null) {
            approvals.withdraw(row.approval().processId(), why);
        }
        withdrawn.events().forEach(events::publishEvent);
        return productRequests.get(id);
    }

    /**
     * The rule violations of an edit, without storing anything. As {@link #resubmit}.
     */
    @Transactional(readOnly = true)
    public List<RequestViolation> check(UUID id, NewProductRequest edited) {
        RequestRow row = editable(id, false);
        ProductDetail product = catalog.product(row.product().productId(),
                RequestInputs.blankToNull(edited.versionId()));
        return rules.check(effective(row, product, edited), product);
    }

    /**
     * Replaces the request's values with {@code edited} (same rules as {@link ProductRequests#submit}; a NoEcho
     * value left empty keeps the stored one; the product cannot change) and hands the new version to the approval
     * engine, which voids earlier approvals.
     *
     * @throws AccessDeniedException      when the caller is not the requester (or the request does not exist)
     * @throws RequestStateException      when the request is not CHANGES_REQUESTED
     * @throws RequestValidationException when a field breaks a rule (nothing changed)
     */
    @Transactional
    public ProductRequest resubmit(UUID id, NewProductRequest edited) {
        RequestRow row = editable(id, true);
        PortalUser user = currentUser.get();
        productRequests.requireMayTarget(edited.accountId());
        ProductDetail product = catalog.product(row.product().productId(),
                RequestInputs.blankToNull(edited.versionId()));
        NewProductRequest effective = effective(row, product, edited);
        List<RequestViolation> violations = rules.check(effective, product);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        Map<String, String> given = RequestInputs.given(effective.parameters());
        Money estimate = catalog.estimateMonthlyCost(product.id(), product.version().id(), given).orElse(null);
        Map<String, StoredParameter> before = new LinkedHashMap<>();
        values.parameters(id).forEach(p -> before.put(p.key(), p));
        Map<String, String> plain = new LinkedHashMap<>();
        List<StoredParameter> stored = new ArrayList<>();
        for (ParameterDescriptor p : product.parameters()) {
            String value = given.get(p.key());
            if (value == null) {
                continue;
            }
            if (p.noEcho()) {
                String typed = edited.parameters().get(p.key());
                String sealed = (typed == null || typed.isEmpty()) && before.containsKey(p.key())
                        ? before.get(p.key()).sealed() : secrets.encrypt(value, row.secretContext(p.key()));
                stored.add(StoredParameter.secret(p.key(), sealed));
            } else {
                plain.put(p.key(), value);
                stored.add(StoredParameter.plain(p.key(), value));
            }
        }
        Revision revision = new Revision(row.product().withVersion(product.version().id(), product.version().name()),
                new Target(effective.environment(), effective.accountId()),
                new Purpose(effective.justification().strip(), RequestInputs.blankToNull(effective.costCenter())),
                estimate, RequestInputs.provisionedName(product, given, row.id()));
        Map<String, String> tags = RequestInputs.tags(effective, product);
        String hash = SubjectHashes.of(revision.product(), revision.target(), revision.purpose(), plain, tags);
        Transition resubmitted = row.resubmit(revision, hash, AuditActor.of(user), clock.instant());
        requests.save(resubmitted);
        values.replaceParameters(id, stored);
        values.replaceTags(id, tags);
        values.addResubmission(id, clock.instant(), user.name(), null);
        approvals.resubmit(row.approval().processId(), hash,
                ApprovalSubjects.withTags(ApprovalSubjects.attributes(resubmitted.after(), estimate), tags));
        resubmitted.events().forEach(events::publishEvent);
        return productRequests.get(id);
    }

    /**
     * Provisions a FAILED request again: a new attempt with a new ProvisionToken, stored now; the poller makes the
     * call. {@code secretValues} is only needed for the NoEcho values that were wiped
     * ({@link RequestProgress#secretsToReenter}); others are ignored.
     *
     * @throws AccessDeniedException      when the caller is neither the requester nor a platform admin
     * @throws RequestStateException      when the request is not FAILED, or (an UPDATE or TERMINATE) its resource is
     *                                    not PROVISIONED or has another change under way
     * @throws RequestValidationException when a wiped NoEcho value is missing or breaks its rules (nothing changed)
     */
    @Transactional
    public ProductRequest retry(UUID id, Map<String, String> secretValues) {
        PortalUser user = currentUser.get();
        RequestRow row = requests.lock(id).orElseThrow(() -> new AccessDeniedException("No such request for you"));
        if (!user.isSamePerson(row.requesterKey()) && !user.hasRole(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only the requester or a platform admin retries a request");
        }
        Transition retried = row.retry(UUID.randomUUID().toString(), AuditActor.of(user), clock.instant());
        if (row.action() != RequestAction.CREATE) {
            // a retried UPDATE/TERMINATE is a change of its resource like a new one: one at a time
            oneChange.lock(row.resourceId(), id);
        }
        List<String> wiped = wiped(row);
        Map<String, String> given = secretValues == null ? Map.of() : secretValues;
        List<RequestViolation> violations = wiped.isEmpty() ? List.of() : rules.reentered(
                catalog.product(row.product().productId(), row.product().versionId()), wiped, given);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        wiped.forEach(key -> requests.setSecret(id, key, secrets.encrypt(given.get(key), row.secretContext(key))));
        requests.save(retried);
        values.replaceOutputs(id, Map.of());
        retried.events().forEach(events::publishEvent);
        return productRequests.get(id);
    }

    /** @param lock lock the row (the approval engine's listeners may change it at the same time) */
    private RequestRow editable(UUID id, boolean lock) {
        PortalUser user = currentUser.get();
        RequestRow row = (lock ? requests.lock(id) : requests.find(id))
                .orElseThrow(() -> new AccessDeniedException("No such request for you"));
        if (!user.isSamePerson(row.requesterKey())) {
            throw new AccessDeniedException("Only the requester edits a request");
        }
        row.requireSentBack("be edited");
        if (row.action() != RequestAction.CREATE) {
            throw new RequestStateException(id, row.status(), "This request is an " + row.action()
                    + " of a provisioned product, not a new product request: resubmit it as such");
        }
        return row;
    }

    /** The edit with the request's own product, and stored NoEcho values where the field was left empty. */
    private NewProductRequest effective(RequestRow row, ProductDetail product, NewProductRequest edited) {
        if (edited.productId() != null && !edited.productId().isBlank()
                && !edited.productId().equals(row.product().productId())) {
            throw new RequestValidationException(List.of(new RequestViolation("productId", "IMMUTABLE",
                    "cannot change: request the other product separately")));
        }
        Map<String, String> given = new LinkedHashMap<>(edited.parameters());
        Map<String, StoredParameter> stored = new LinkedHashMap<>();
        values.parameters(row.id()).forEach(p -> stored.put(p.key(), p));
        for (ParameterDescriptor p : product.parameters()) {
            String typed = given.get(p.key());
            StoredParameter kept = stored.get(p.key());
            if (p.noEcho() && (typed == null || typed.isEmpty()) && kept != null && kept.sealed() != null) {
                given.put(p.key(), secrets.decrypt(kept.sealed(), row.secretContext(p.key())));
            }
        }
        // an edit that names no tags keeps the stored ones (the API's PUT may leave them out)
        Map<String, String> tags = edited.tags().isEmpty() ? values.tags(row.id()) : edited.tags();
        return new NewProductRequest(row.product().productId(), product.version().id(), edited.environment(),
                edited.accountId(), given, edited.justification(), edited.costCenter(), tags);
    }

    /**
     * NoEcho values a retry needs again. An UPDATE stores no value for a secret the requester left empty (AWS keeps
     * the previous one), so it never asks: after it was given up, its secrets keep their previous values too.
     */
    private List<String> wiped(RequestRow row) {
        if (row.action() != RequestAction.CREATE) {
            return List.of();
        }
        return values.parameters(row.id()).stream().filter(p -> p.noEcho() && p.sealed() == null)
                .map(StoredParameter::key).toList();
    }
}
