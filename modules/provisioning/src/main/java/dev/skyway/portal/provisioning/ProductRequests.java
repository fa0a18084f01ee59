package dev.skyway.portal.provisioning;

import static dev.skyway.portal.provisioning.ApprovalSubjects.attributes;
import static dev.skyway.portal.provisioning.ApprovalSubjects.toApprovals;
import static dev.skyway.portal.provisioning.ApprovalSubjects.withTags;
import static dev.skyway.portal.provisioning.RequestInputs.blankToNull;
import static dev.skyway.portal.provisioning.RequestInputs.given;
import static dev.skyway.portal.provisioning.RequestInputs.provisionedName;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.approvals.StaleSubjectException;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.catalog.ProductNotFoundException;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.portal.provisioning.internal.requests.RequestReads;
import dev.skyway.portal.provisioning.internal.requests.RequestRow;
import dev.skyway.portal.provisioning.internal.requests.RequestValues;
import dev.skyway.portal.provisioning.internal.requests.Requests;
import dev.skyway.portal.provisioning.internal.requests.SecretBox;
import dev.skyway.portal.provisioning.internal.requests.StoredParameter;
import dev.skyway.portal.provisioning.internal.requests.SubjectHashes;
import dev.skyway.portal.provisioning.internal.requests.Transition;

/**
 * Product requests: an engineer asks for a product version in an account and environment; the request is checked
 * (nothing is stored when a rule fails), estimated, stored and handed to {@link Approvals} as subject type
 * {@value RequestLifecycle#SUBJECT_TYPE}; once approved it is provisioned and its outputs kept.
 *
 * <p>Submitting is for {@code ENGINEER} and {@code PLATFORM_ADMIN}. Reading a request is for its requester, their
 * team, {@code PLATFORM_ADMIN}, and {@code APPROVER}/{@code FINANCE} (who decide them); others get
 * {@link AccessDeniedException}, as does a missing request (no hint whether it exists).
 */
@Service
public class ProductRequests {

    public static final int MAX_JUSTIFICATION = 2000;
    public static final int MAX_COST_CENTER = 128;
    public static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");

    private final Catalog catalog;
    private final Approvals approvals;
    private final Requests requests;
    private final RequestValues values;
    private final RequestReads reads;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TargetAccountRules targets;
    private final RequestRules rules;

    ProductRequests(Catalog catalog, Approvals approvals, Requests requests, RequestValues values,
                    RequestReads reads, SecretBox secrets, CurrentUser currentUser, ApplicationEventPublisher events,
                    Clock clock, TargetAccountRules targets, RequestRules rules) {
        this.values = values;
        this.reads = reads;
        this.targets = targets;
        this.catalog = catalog;
        this.approvals = approvals;
        this.requests = requests;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Checks, stores and submits a request for approval by the current user.
     *
     * @throws RequestValidationException when a field breaks a rule (nothing stored, nothing submitted)
     * @throws ProductNotFoundException   for an unknown product or version
     * @throws AccessDeniedException      when the caller may not request products
     */
    @Transactional
    public ProductRequest submit(NewProductRequest request) {
        PortalUser user = currentUser.get();
        if (!user.hasAnyRole(Role.ENGINEER, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only engineers request products");
        }
        if (request.productId() == null || request.productId().isBlank()) {
            throw new RequestValidationException(List.of(new RequestViolation("productId", "REQUIRED",
                    "is required")));
        }
        targets.requireMayTarget(request.accountId(), user);
        ProductDetail product = catalog.product(request.productId(), blankToNull(request.versionId()));
        List<RequestViolation> violations = rules.check(request, product);
        if (!violations.isEmpty()) {
            throw new RequestValidationException(violations);
        }
        Map<String, String> given = given(request.parameters());
        Money estimate = catalog.estimateMonthlyCost(product.id(), product.version().id(), given).orElse(null);
        Map<String, String> plain = new LinkedHashMap<>();
        UUID id = UUID.randomUUID();
        RequestRow row = RequestRow.pending(id, RequestAction.CREATE, null, user,
                new RequestedProduct(product.id(), product.name(), product.version().id(), product.version().name()),
                new Target(request.environment(), request.accountId()),
                new Purpose(request.justification().strip(), blankToNull(request.costCenter())), estimate,
                provisionedName(product, given, id), clock.instant());
        List<StoredParameter> stored = new ArrayList<>();
        for (ParameterDescriptor p : product.parameters()) {
            String value = given.get(p.key());
            if (value == null) {
                continue;
            }
            if (p.noEcho()) {
                stored.add(StoredParameter.secret(p.key(), secrets.encrypt(value, row.secretContext(p.key()))));
            } else {
                plain.put(p.key(), value);
                stored.add(StoredParameter.plain(p.key(), value));
            }
        }
        Map<String, String> tags = RequestInputs.tags(request, product);
        String hash = SubjectHashes.of(row.product(), row.target(), row.purpose(), plain, tags);
        row = row.withSubjectHash(hash);
        requests.insert(row, stored);
        values.replaceTags(id, tags);
        ApprovalProcess process = approvals.submit(new Submission(
                new SubjectRef(RequestLifecycle.SUBJECT_TYPE, id.toString(),
                        product.name() + " " + product.version().name() + " in " + row.target().environment() + " ("
                                + row.target().accountId() + ")"),
                withTags(attributes(row, estimate), tags), hash), user);
        Transition submitted = row.submittedTo(process.id(), AuditActor.of(user));
        requests.save(submitted);
        submitted.events().forEach(events::publishEvent);
        return reads.request(id).orElseThrow();
    }

    /**
     * The rule violations of a request, without storing anything (for forms that check as the user types).
     *
     * @throws ProductNotFoundException for an unknown product or version
     */
    @Transactional(readOnly = true)
    public List<RequestViolation> check(NewProductRequest request) {
        return rules.check(request, catalog.product(request.productId(), blankToNull(request.versionId())));
    }

    /** Who would approve this request under the current policy. */
    @Transactional(readOnly = true)
    public RoutePreview preview(NewProductRequest request) {
        PortalUser user = currentUser.get();
        Money estimate = catalog.estimateMonthlyCost(request.productId(), blankToNull(request.versionId()),
                given(request.parameters())).orElse(null);
        return approvals.preview(RequestLifecycle.SUBJECT_TYPE, new SubjectAttributes(request.environment(),
                toApprovals(estimate), request.productId(), request.accountId(), user.team(),
                RequestAction.CREATE.subjectAction(), Map.of()));
    }

    /** @throws AccessDeniedException when the request is unknown or the caller may not read it */
    @Transactional(readOnly = true)
    public ProductRequest get(UUID id) {
        readable(id);
        return reads.request(id).orElseThrow();
    }

    /** The request's approval process (stages and decisions); empty before submission. As {@link #get}. */
    @Transactional(readOnly = true)
    public Optional<ApprovalProcess> process(UUID id) {
        RequestRow row = readable(id);
        return row.approval().processId() == null ? Optional.empty() : approvals.process(row.approval().processId());
    }

    /**
     * The approval process of a request the caller has read (from {@link #get}, {@link #mine}, or a change that
     * returned it), without reading the request again; empty before submission.
     */
    @Transactional(readOnly = true)
    public Optional<ApprovalProcess> processOf(ProductRequest request) {
        return request.processId() == null ? Optional.empty() : approvals.process(request.processId());
    }

    /**
     * The approval processes of requests the caller has read (a page of {@link #mine}), by process id, read together
     * (a fixed number of queries however long the page); requests never submitted have none.
     */
    public Map<UUID, ApprovalProcess> processesOf(List<ProductRequest> requests) {
        return approvals.processes(requests.stream().map(ProductRequest::processId).filter(Objects::nonNull)
                .toList());
    }

    /** The caller's own requests, newest first, read in one query per page; all when {@code status} is absent. */
    @Transactional(readOnly = true)
    public List<ProductRequest> mine(@Nullable RequestStatus status, int offset, int limit) {
        return reads.requests(currentUser.get().key(), status, offset, Math.clamp(limit, 0, 500));
    }

    @Transactional(readOnly = true)
    public int countMine(@Nullable RequestStatus status) {
        return reads.countRequests(currentUser.get().key(), status);
    }

    /**
     * The version of the request that approvers decide on (its subject hash; the API's ETag). It changes whenever the
     * requester edits the request. As {@link #get}.
     */
    @Transactional(readOnly = true)
    public String subjectHash(UUID id) {
        return readable(id).approval().subjectHash();
    }

    /**
     * Approves the caller's open approval task on this request, for the version the caller looked at.
     *
     * @param subjectHash the {@link #subjectHash} the caller read with what they reviewed, never one re-read now
     * @throws ApprovalRefusedException when it is the caller's own request or they have no open task on it
     * @throws StaleSubjectException    when the request changed since (another version is pending now)
     * @throws IllegalArgumentException when {@code subjectHash} is missing or the comment too long
     */
    @Transactional
    public void approve(UUID id, String subjectHash, String comment) {
        approvals.approveSubject(RequestLifecycle.SUBJECT_TYPE, id.toString(), subjectHash, comment);
    }

    /** Rejects the caller's open approval task on this request; {@code reason} required. As {@link #approve}. */
    @Transactional
    public void reject(UUID id, String subjectHash, String reason) {
        approvals.rejectSubject(RequestLifecycle.SUBJECT_TYPE, id.toString(), subjectHash, reason);
    }

    /** @throws AccessDeniedException when the caller may not request products into the account */
    void requireMayTarget(String accountId) {
        targets.requireMayTarget(accountId, currentUser.get());
    }

    RequestRow readable(UUID id) {
        PortalUser user = currentUser.get();
        RequestRow row = requests.find(id).orElseThrow(() -> new AccessDeniedException("No such request for you"));
        boolean own = user.isSamePerson(row.requesterKey());
        boolean team = row.requester().team() != null && row.requester().team().equals(user.team());
        if (!own && !team && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.APPROVER, Role.FINANCE)) {
            throw new AccessDeniedException("No such request for you");
        }
        return row;
    }
}
