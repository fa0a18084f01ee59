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
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.provisioning.internal.requests.ProvisionedProducts;
import dev.skyway.portal.provisioning.internal.requests.RequestRow;
import dev.skyway.portal.provisioning.internal.requests.RequestValues;
import dev.skyway.portal.provisioning.internal.requests.Requests;
import dev.skyway.portal.provisioning.internal.requests.Revision;
import dev.skyway.portal.provisioning.internal.requests.SecretBox;
import dev.skyway.portal.provisioning.internal.requests.StoredParameter;
import dev.skyway.portal.provisioning.internal.requests.Transition;

/**
 * An UPDATE or TERMINATE of a provisioned product that an approver sent back (changes requested), resubmitted by its
 * requester. A CREATE request is edited with {@link ProductRequestChanges#resubmit}.
 * <ul>
 * <li>{@link #resubmitUpdate}: new values for the update, checked with the same rules as
 * {@link ProvisionedResources#requestUpdate}; a NoEcho value left empty keeps what the request holds (a value typed
 * before, or "use the previous value").</li>
 * <li>{@link #resubmitTermination}: nothing to edit, so the requester answers the approver with a required note that
 * approvers read and the request's timeline shows.</li>
 * </ul>
 * Both go back to the approval engine as a new version (a new subject hash): every earlier approval is void.
 * Only the requester, only while CHANGES_REQUESTED; a missing request is {@link AccessDeniedException}.
 */
@Service
public class SentBackChanges {

    private final ProductRequests productRequests;
    private final ProvisionedResources resources;
    private final Catalog catalog;
    private final Approvals approvals;
    private final Requests requests;
    private final RequestValues values;
    private final ProvisionedProducts products;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SentBackChanges(ProductRequests productRequests, ProvisionedResources resources, Catalog catalog,
                    Approvals approvals, Requests requests, RequestValues values, ProvisionedProducts products,
                    SecretBox secrets, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.values = values;
        this.products = products;
        this.productRequests = productRequests;
        this.resources = resources;
        this.catalog = catalog;
        this.approvals = approvals;
        this.requests = requests;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The rule violations of a resubmitted update, without storing anything. As {@link #resubmitUpdate}. */
    @Transactional(readOnly = true)
    public List<RequestViolation> checkUpdate(UUID id, Map<String, String> parameters, String justification) {
        RequestRow row = sentBack(id, RequestAction.UPDATE, false);
        RequestRow resource = resource(row);
        return resources.updateViolations(resource, catalog.product(resource.product().productId(), null),
                parameters == null ? Map.of() : parameters, justification);
    }

    /**
     * Replaces the values of an UPDATE request that was sent back and hands it to the approval engine again.
     *
     * @param parameters new values; a NoEcho value left empty (or missing) keeps what the request holds
     * @throws AccessDeniedException      when the caller is not the requester (or the request does not exist)
     * @throws RequestStateException      when the request is not an UPDATE in CHANGES_REQUESTED, or its resource is
     *                                    no longer PROVISIONED, or another change of it is under way
     * @throws RequestValidationException when a value breaks a rule (nothing changed)
     */
    @Transactional
    public ProductRequest resubmitUpdate(UUID id, Map<String, String> parameters, String justification) {
        RequestRow row = sentBack(id, RequestAction.UPDATE, true);
        RequestRow resource = resource(row);
        ProductDetail product = catalog.product(resource.product().productId(), null);
        Map<String, String> typed = parameters == null ? Map.of() : parameters;
        List<RequestViolation> violations = resources.updateViolations(resource, product, typed, justification);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        Map<String, String> given = RequestInputs.given(typed);
        Money estimate = catalog.estimateMonthlyCost(product.id(), product.version().id(), given).orElse(null);
        Map<String, StoredParameter> before = new LinkedHashMap<>();
        values.parameters(id).forEach(p -> before.put(p.key(), p));
        List<StoredParameter> stored = new ArrayList<>();
        Map<String, String> plain = new LinkedHashMap<>();
        for (ParameterDescriptor p : product.parameters()) {
            String value = given.get(p.key());
            if (p.noEcho()) {
                String sealed = value != null ? secrets.encrypt(value, row.secretContext(p.key()))
                        : before.containsKey(p.key()) ? before.get(p.key()).sealed() : null;
                stored.add(StoredParameter.secret(p.key(), sealed));
            } else if (value != null) {
                plain.put(p.key(), value);
                stored.add(StoredParameter.plain(p.key(), value));
            }
        }
        Revision revision = new Revision(row.product().withVersion(product.version().id(), product.version().name()),
                row.target(), new Purpose(justification.strip(), row.purpose().costCenter()), estimate,
                row.provisionedName());
        String hash = ApprovalSubjects.changeHash(revision, plain, RequestAction.UPDATE, resource, Map.of());
        Transition resubmitted = row.resubmit(revision, hash, AuditActor.of(currentUser.get()), clock.instant());
        requests.save(resubmitted);
        values.replaceParameters(id, stored);
        return resubmitted(resubmitted, ApprovalSubjects.changeAttributes(resubmitted.after(), plain, resource,
                estimate, null), null);
    }

    /**
     * Sends a TERMINATE request that was sent back to the approvers again, unchanged, with the requester's answer.
     *
     * @param note required, at most {@value ProductRequests#MAX_JUSTIFICATION} characters
     * @throws AccessDeniedException      when the caller is not the requester (or the request does not exist)
     * @throws RequestStateException      when the request is not a TERMINATE in CHANGES_REQUESTED, or its resource
     *                                    is no longer PROVISIONED
     * @throws RequestValidationException when the note is blank or too long (field {@code note}; nothing changed)
     */
    @Transactional
    public ProductRequest resubmitTermination(UUID id, String note) {
        RequestRow row = sentBack(id, RequestAction.TERMINATE, true);
        RequestRow resource = resource(row);
        List<RequestViolation> violations = noteViolations(note);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        String answer = note.strip();
        int revision = values.resubmissions(id).size() + 2;
        String hash = ApprovalSubjects.changeHash(row.revision(), Map.of(), RequestAction.TERMINATE, resource,
                Map.of("skyway:note", answer, "skyway:revision", String.valueOf(revision)));
        // nothing to edit: the same values again, as a new version with the requester's answer
        Transition resubmitted = row.resubmit(row.revision(), hash, AuditActor.of(currentUser.get()),
                clock.instant());
        requests.save(resubmitted);
        return resubmitted(resubmitted, ApprovalSubjects.changeAttributes(resubmitted.after(), Map.of(),
                resource, row.estimate(), answer), answer);
    }

    /** The note's rule violations (field {@code note}); empty when it is fine. */
    public static List<RequestViolation> noteViolations(String note) {
        if (note == null || note.isBlank()) {
            return List.of(new RequestViolation("note", "REQUIRED", "is required: answer the approver"));
        }
        if (note.strip().length() > ProductRequests.MAX_JUSTIFICATION) {
            return List.of(new RequestViolation("note", "MAX_LENGTH",
                    "must be at most " + ProductRequests.MAX_JUSTIFICATION + " characters"));
        }
        return List.of();
    }

    private ProductRequest resubmitted(Transition resubmitted, SubjectAttributes attributes, String note) {
        RequestRow edited = resubmitted.after();
        values.addResubmission(edited.id(), clock.instant(), currentUser.get().name(), note);
        approvals.resubmit(edited.approval().processId(), edited.approval().subjectHash(), attributes);
        resubmitted.events().forEach(events::publishEvent);
        return productRequests.get(edited.id());
    }

    /** @param lock lock the row (the approval engine's listeners may change it at the same time) */
    private RequestRow sentBack(UUID id, RequestAction action, boolean lock) {
        PortalUser user = currentUser.get();
        RequestRow row = (lock ? requests.lock(id) : requests.find(id))
                .orElseThrow(() -> new AccessDeniedException("No such request for you"));
        if (!user.isSamePerson(row.requesterKey())) {
            throw new AccessDeniedException("Only the requester resubmits a request");
        }
        row.requireSentBack("be resubmitted");
        RequestAction actual = row.action();
        if (action != actual) {
            throw new RequestStateException(id, row.status(), "This request is a " + actual + ", not a "
                    + action + (actual == RequestAction.TERMINATE ? ": resubmit it with a note instead"
                    : ": edit its values instead"));
        }
        return row;
    }

    private RequestRow resource(RequestRow row) {
        RequestRow resource = requests.find(row.resourceId()).orElseThrow();
        if (resource.status() != RequestStatus.PROVISIONED) {
            throw new RequestStateException(row.id(), row.status(), resource.provisionedName() + " is "
                    + resource.status() + " now: it can no longer be changed");
        }
        products.openChange(resource.id()).filter(other -> !other.equals(row.id())).ifPresent(other -> {
            throw new RequestStateException(row.id(), row.status(), "Another change of "
                    + resource.provisionedName() + " is under way (request " + other + "); withdraw this one or "
                    + "wait until that one is done");
        });
        return resource;
    }
}
