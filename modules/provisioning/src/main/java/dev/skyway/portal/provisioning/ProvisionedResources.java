package dev.skyway.portal.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.OneChangeAtATime;
import dev.skyway.portal.provisioning.internal.requests.ProvisionedProducts;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.portal.provisioning.internal.requests.RequestReads;
import dev.skyway.portal.provisioning.internal.requests.RequestRow;
import dev.skyway.portal.provisioning.internal.requests.RequestValues;
import dev.skyway.portal.provisioning.internal.requests.Requests;
import dev.skyway.portal.provisioning.internal.requests.SecretBox;
import dev.skyway.portal.provisioning.internal.requests.StoredParameter;
import dev.skyway.portal.provisioning.internal.requests.Transition;

/**
 * Day 2 of provisioned products ("My resources"): the caller's and their team's provisioned products, and requests to
 * update their parameters or terminate them. Each change is a product request of its own (action UPDATE or
 * TERMINATE) that goes through the same approval engine ({@link SubjectAction}) and then runs
 * UpdateProvisionedProduct / TerminateProvisionedProduct with its own persisted token.
 *
 * <p>Each resource carries AWS's view of its provisioned product ({@link ProductStatus}: AVAILABLE, TAINTED, ERROR, with
 * AWS's status message), as the last finished record of it reported it: its provisioning, an update or termination
 * attempt, or a retry of one. A failed update leaves the resource PROVISIONED (it exists) but ERROR or TAINTED; an
 * update (or the failed one's retry) is how AWS repairs it. A first provisioning that came out TAINTED is a FAILED
 * request, not a resource: its Retry replaces the product.
 *
 * <p>For {@code ENGINEER} and {@code PLATFORM_ADMIN}; a resource is visible to its requester, their team and platform
 * admins; others (and unknown ids) get {@link AccessDeniedException}.
 */
@Service
public class ProvisionedResources {

    /** The field approvers read the requester's answer in, when a sent-back termination is resubmitted. */
    public static final String RESUBMISSION_NOTE = "requester's answer";

    private final ProductRequests productRequests;
    private final RequestRules rules;
    private final Catalog catalog;
    private final Approvals approvals;
    private final Requests requests;
    private final RequestValues values;
    private final RequestReads reads;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final OneChangeAtATime oneChange;

    ProvisionedResources(ProductRequests productRequests, RequestRules rules, Catalog catalog, Approvals approvals,
                         Requests requests, RequestValues values, RequestReads reads, SecretBox secrets,
                         CurrentUser currentUser, ApplicationEventPublisher events, java.time.Clock clock,
                         OneChangeAtATime oneChange) {
        this.values = values;
        this.reads = reads;
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

    /** The caller's and their team's provisioned products, newest first. */
    @Transactional(readOnly = true)
    public List<ProvisionedResource> mine(ResourceQuery query, int offset, int limit) {
        PortalUser user = engineer();
        ResourceQuery q = query == null ? ResourceQuery.all() : query;
        return reads.resources(user.key(), user.team(), q, offset, Math.clamp(limit, 0, 500));
    }

    @Transactional(readOnly = true)
    public int countMine(ResourceQuery query) {
        PortalUser user = engineer();
        ResourceQuery q = query == null ? ResourceQuery.all() : query;
        return reads.countResources(user.key(), user.team(), q);
    }

    /** @throws AccessDeniedException when unknown, not a provisioned product, or not the caller's or their team's */
    @Transactional(readOnly = true)
    public ProvisionedResource get(UUID id) {
        readable(id);
        return reads.resource(id).orElseThrow();
    }

    /** The rule violations of an update, without storing anything. As {@link #requestUpdate}. */
    @Transactional(readOnly = true)
    public List<RequestViolation> checkUpdate(UUID id, Map<String, String> parameters, String justification) {
        RequestRow resource = readable(id);
        ProductDetail product = catalog.product(resource.product().productId(), null);
        return updateViolations(resource, product, parameters == null ? Map.of() : parameters, justification);
    }

    /**
     * Asks to change the parameters of a provisioned product (to the product's current version). A NoEcho value left
     * empty keeps its current value. Environment and account cannot change.
     *
     * @return the new request (action UPDATE), pending approval (or already approved by a rule)
     * @throws RequestValidationException when a value breaks a rule (nothing stored)
     * @throws RequestStateException      when the product is not PROVISIONED or a change is already under way
     * @throws AccessDeniedException      as {@link #get}
     */
    @Transactional
    public ProductRequest requestUpdate(UUID id, Map<String, String> parameters, String justification) {
        RequestRow resource = changeable(id);
        ProductDetail product = catalog.product(resource.product().productId(), null);
        Map<String, String> given = RequestInputs.given(parameters == null ? Map.of() : parameters);
        List<RequestViolation> violations = updateViolations(resource, product, given, justification);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        Money estimate = catalog.estimateMonthlyCost(product.id(), product.version().id(), given).orElse(null);
        UUID requestId = UUID.randomUUID();
        List<StoredParameter> stored = new ArrayList<>();
        Map<String, String> plain = new LinkedHashMap<>();
        RequestRow row = row(requestId, RequestAction.UPDATE, resource, product, justification, estimate);
        for (ParameterDescriptor p : product.parameters()) {
            String value = given.get(p.key());
            if (p.noEcho()) {
                stored.add(StoredParameter.secret(p.key(),
                        value == null ? null : secrets.encrypt(value, row.secretContext(p.key()))));
            } else if (value != null) {
                plain.put(p.key(), value);
                stored.add(StoredParameter.plain(p.key(), value));
            }
        }
        return submit(row, stored, plain, resource, estimate);
    }

    /**
     * Asks to terminate a provisioned product.
     *
     * @return the new request (action TERMINATE)
     * @throws RequestValidationException when the justification is missing or too long (nothing stored)
     * @throws RequestStateException      when the product is not PROVISIONED or a change is already under way
     * @throws AccessDeniedException      as {@link #get}
     */
    @Transactional
    public ProductRequest requestTermination(UUID id, String justification) {
        RequestRow resource = changeable(id);
        List<RequestViolation> violations = justificationViolations(justification);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        Money nothing = Money.zero(resource.estimate() == null ? java.util.Currency.getInstance("USD")
                : resource.estimate().currency());
        ProductDetail product = catalog.product(resource.product().productId(), resource.product().versionId());
        RequestRow row = row(UUID.randomUUID(), RequestAction.TERMINATE, resource, product, justification, nothing);
        return submit(row, List.of(), Map.of(), resource, nothing);
    }

    private ProductRequest submit(RequestRow row, List<StoredParameter> stored, Map<String, String> plain,
                                  RequestRow resource, Money estimate) {
        PortalUser user = currentUser.get();
        String hash = ApprovalSubjects.changeHash(row.revision(), plain, row.action(), resource, Map.of());
        row = row.withSubjectHash(hash);
        requests.insert(row, stored);
        values.replaceTags(row.id(), values.tags(resource.id()));
        String verb = row.action() == RequestAction.UPDATE ? "Update " : "Terminate ";
        ApprovalProcess process = approvals.submit(new Submission(new SubjectRef(RequestLifecycle.SUBJECT_TYPE,
                row.id().toString(), verb + resource.provisionedName() + " (" + row.product().productName() + ") in "
                + row.target().environment() + " (" + row.target().accountId() + ")"),
                ApprovalSubjects.changeAttributes(row, plain, resource, estimate, null), hash), user);
        Transition submitted = row.submittedTo(process.id(), AuditActor.of(user));
        requests.save(submitted);
        submitted.events().forEach(events::publishEvent);
        return productRequests.get(row.id());
    }

    private RequestRow row(UUID id, RequestAction action, RequestRow resource, ProductDetail product,
                           String justification, Money estimate) {
        return RequestRow.pending(id, action, resource.id(), currentUser.get(),
                resource.product().withVersion(product.version().id(), product.version().name()), resource.target(),
                new Purpose(justification.strip(), resource.purpose().costCenter()), estimate,
                resource.provisionedName(), clock.instant());
    }

    /** The rule violations of an update's values (a NoEcho value left empty is kept, not missing). */
    List<RequestViolation> updateViolations(RequestRow resource, ProductDetail product,
                                                    Map<String, String> parameters, String justification) {
        NewProductRequest asked = new NewProductRequest(resource.product().productId(), product.version().id(),
                resource.target().environment(), resource.target().accountId(), parameters, justification,
                resource.purpose().costCenter(), values.tags(resource.id())); // a change keeps the product's tags
        List<RequestViolation> out = new ArrayList<>();
        for (RequestViolation v : rules.check(asked, product)) {
            String key = v.parameterKey();
            boolean keptSecret = key != null && product.parameters().stream().anyMatch(p -> p.key().equals(key)
                    && p.noEcho()) && (parameters.get(key) == null || parameters.get(key).isEmpty());
            if (!keptSecret) {
                out.add(v);
            }
        }
        return out;
    }

    static List<RequestViolation> justificationViolations(String justification) {
        if (justification == null || justification.isBlank()) {
            return List.of(new RequestViolation("justification", "REQUIRED", "is required: say why"));
        }
        if (justification.strip().length() > ProductRequests.MAX_JUSTIFICATION) {
            return List.of(new RequestViolation("justification", "MAX_LENGTH",
                    "must be at most " + ProductRequests.MAX_JUSTIFICATION + " characters"));
        }
        return List.of();
    }

    private RequestRow changeable(UUID id) {
        readable(id);
        return oneChange.lock(id, null);
    }

    private PortalUser engineer() {
        PortalUser user = currentUser.get();
        if (!user.hasAnyRole(Role.ENGINEER, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Provisioned products are for engineers and platform admins");
        }
        return user;
    }

    private RequestRow readable(UUID id) {
        PortalUser user = engineer();
        RequestRow row = requests.find(id).orElseThrow(() -> new AccessDeniedException("No such resource for you"));
        boolean own = user.isSamePerson(row.requesterKey());
        boolean team = row.requester().team() != null && row.requester().team().equals(user.team());
        if ((!own && !team && !user.hasRole(Role.PLATFORM_ADMIN)) || row.action() != RequestAction.CREATE
                || !ProvisionedProducts.RESOURCE_STATUSES.contains(row.status())) {
            throw new AccessDeniedException("No such resource for you");
        }
        return row;
    }
}
