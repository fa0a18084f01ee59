package dev.skyway.portal.provisioning.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.DecisionProblems;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.StaleSubjectException;
import dev.skyway.portal.approvals.SubjectVersion;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestStatus;

/**
 * Product requests over HTTP: submit (201, or 400 naming each failing field and rule), read one or the caller's own,
 * and approve/reject shortcuts that act on the caller's open approval task (403 with the reason otherwise). A
 * decision is bound to what the approver read: {@code GET /{id}} answers the request's version as {@code ETag}, and
 * approve/reject require it back in {@code If-Match} (428 without; 412 when the request changed since). A request
 * that provisioned a product carries what the product actually costs per month ({@code actualMonthlyCost}) when the
 * cost data knows it; absent means not known (yet), never 0.
 */
@Tag(name = "Requests")
@RestController
@RequestMapping("/api/v1/requests")
@PreAuthorize("isAuthenticated()")
class RequestsController {

    private final ProductRequests requests;
    private final CostComparisons costs;

    RequestsController(ProductRequests requests, CostComparisons costs) {
        this.requests = requests;
        this.costs = costs;
    }

    @Operation(summary = "Request a catalog product",
            description = "Goes to the approvers the approval policy names; 201 with the request.")
    @PostMapping
    ResponseEntity<RequestDto> submit(@RequestBody Submit body) {
        ProductRequest created = requests.submit(new NewProductRequest(body.productId(), body.versionId(),
                body.environment(), body.accountId(), body.parameters(), body.justification(), body.costCenter(),
                body.tags()));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).body(dto(created));
    }

    /** The request, with its version (subject hash) as the {@code ETag} that decisions send back in If-Match. */
    @Operation(summary = "Get a product request",
            description = "Answers the request's version as ETag: approving and rejecting send it back as If-Match.")
    @GetMapping("/{id}")
    ResponseEntity<RequestDto> get(@PathVariable UUID id) {
        // the version first: should the request change between the two reads, the ETag is the older version and a
        // decision sent with it is refused (412); the other order could bind a decision to a version never shown
        String version = requests.subjectHash(id);
        return ResponseEntity.ok().eTag(version).body(dto(requests.get(id)));
    }

    /**
     * The caller's own requests, newest first ({@code mine} is the only listing so far): the page in one query and
     * its approval processes in one batch.
     */
    @Operation(summary = "List my product requests", description = "The caller's own requests, newest first.")
    @GetMapping
    List<RequestDto> mine(@RequestParam(defaultValue = "true") boolean mine,
                          @RequestParam(required = false) @Nullable RequestStatus status,
                          @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (!mine) {
            throw new IllegalArgumentException("Only mine=true is supported");
        }
        List<ProductRequest> page = requests.mine(status, offset, limit);
        Map<UUID, ApprovalProcess> processes = requests.processesOf(page);
        Map<UUID, ActualCost> actuals = costs.actuals(page.stream().map(ProductRequest::id).toList());
        return page.stream().map(r -> RequestDto.of(r,
                Optional.ofNullable(r.processId() == null ? null : processes.get(r.processId())),
                actuals.get(r.id()))).toList();
    }

    /** Approves the version named by {@code If-Match} (required: 428 without, 412 when the request changed). */
    @Operation(summary = "Approve a product request",
            description = "Decides on the version the caller read: If-Match with the ETag of GET is required (428 "
                    + "without, 412 when the request changed since).")
    @PostMapping("/{id}/approve")
    RequestDto approve(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                       @Nullable String ifMatch, @RequestBody(required = false) @Nullable Decision body) {
        String comment = body == null ? null : body.comment();
        ApiLimits.maxLength("comment", comment, Approvals.MAX_COMMENT);
        requests.approve(id, SubjectVersion.fromIfMatch(ifMatch), comment);
        return dto(requests.get(id));
    }

    /** Rejects the version named by {@code If-Match}, as {@link #approve}; {@code reason} is required. */
    @Operation(summary = "Reject a product request", description = "As approve; a reason is required.")
    @PostMapping("/{id}/reject")
    RequestDto reject(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                      @Nullable String ifMatch, @RequestBody(required = false) @Nullable Decision body) {
        String reason = body == null ? null : body.reason();
        ApiLimits.maxLength("reason", reason, Approvals.MAX_COMMENT);
        requests.reject(id, SubjectVersion.fromIfMatch(ifMatch), reason);
        return dto(requests.get(id));
    }

    @ExceptionHandler(ApprovalRefusedException.class)
    ProblemDetail refused(ApprovalRefusedException e) {
        return DecisionProblems.refused(e);
    }

    @ExceptionHandler(SubjectVersion.Missing.class)
    ProblemDetail versionMissing(SubjectVersion.Missing e) {
        return DecisionProblems.versionMissing(e);
    }

    @ExceptionHandler(StaleSubjectException.class)
    ProblemDetail versionChanged(StaleSubjectException e) {
        return DecisionProblems.versionChanged(e);
    }

    private RequestDto dto(ProductRequest r) {
        return RequestDto.of(r, requests.processOf(r), costs.actual(r.id()).orElse(null));
    }

    private static @Nullable CostDto cost(@Nullable Money money) {
        return money == null ? null : new CostDto(money.amount(), money.currency().getCurrencyCode());
    }

    /** @param tags a value for each of the product's TagOptions plus free tags; may be omitted when it has none */
    record Submit(String productId, String versionId, String environment, String accountId,
                  Map<String, String> parameters, String justification, String costCenter,
                  Map<String, String> tags) {
    }

    /** @param note the requester's answer to the approver; absent when none was given */
    record ResubmissionDto(int revision, Instant at, String by, @Nullable String note) {
    }

    record Decision(String comment, String reason) {
    }

    record CostDto(BigDecimal amount, String currency) {
    }

    /**
     * What a provisioned product actually costs per month.
     *
     * @param basis             LAST_FULL_MONTH, LAST_30_DAYS, or PROJECTED (fewer than 30 days of cost, scaled to 30)
     * @param from              the first day counted (UTC)
     * @param to                the last day counted (UTC, inclusive)
     * @param status            FINAL, OPEN (may still be restated) or ESTIMATED (the cost source says not final)
     * @param metric            the FOCUS cost column read, e.g. EffectiveCost
     * @param percentOfEstimate the actual as a percentage of the estimate; absent without a comparable estimate
     */
    record ActualCostDto(BigDecimal amount, String currency, String basis, LocalDate from, LocalDate to, int days,
                         String status, String metric, @Nullable BigDecimal percentOfEstimate) {

        static @Nullable ActualCostDto of(@Nullable ActualCost actual, @Nullable Money estimate) {
            if (actual == null) {
                return null;
            }
            BigDecimal ratio = actual.ratioTo(estimate);
            return new ActualCostDto(actual.monthly().amount(), actual.monthly().currency().getCurrencyCode(),
                    actual.basis().name(), actual.from(), actual.to(), actual.days(), actual.status().name(),
                    actual.metric(), ratio == null ? null : ratio.movePointRight(2).setScale(1,
                    java.math.RoundingMode.HALF_UP));
        }
    }

    /**
     * A stage; while a change freeze holds it ({@code HELD}): who holds it ({@code heldBy}, e.g.
     * {@code incident:<id>}, and {@code incidentId} when an incident does), why, and the page that tells more.
     */
    record StageDto(UUID id, String name, String status, List<String> approvers, @Nullable Instant completedAt,
                    @Nullable String heldBy, @Nullable String incidentId, @Nullable String holdReason,
                    @Nullable String holdLink) {

        static StageDto of(dev.skyway.portal.approvals.ApprovalStage s) {
            var hold = s.hold();
            return new StageDto(s.id(), s.name(), s.status().name(), s.approvers(), s.completedAt(),
                    hold == null ? null : hold.kind() + ":" + hold.reference(), hold == null ? null : hold.incidentId(),
                    hold == null ? null : hold.reason(), hold == null ? null : hold.link());
        }
    }

    /** NoEcho parameter values are always {@code ****}; {@code tags} in the order given. */
    record RequestDto(UUID id, RequestStatus status, @Nullable String statusReason, String productId,
                      String productName, String versionId, String versionName, String environment, String accountId,
                      String justification, String requester, @Nullable CostDto estimatedMonthlyCost,
                      Map<String, String> parameters, Map<String, String> outputs, @Nullable String recordId,
                      List<StageDto> stages, Instant createdAt, Instant updatedAt, Map<String, String> tags,
                      List<ResubmissionDto> resubmissions, @Nullable ActualCostDto actualMonthlyCost) {

        /** A request as the change endpoints answer it: a day-2 or resubmitted request has no cost of its own. */
        static RequestDto of(ProductRequest r, java.util.Optional<ApprovalProcess> process) {
            return of(r, process, null);
        }

        /** A request with its approval stages when submitted, and its product's actual cost when known. */
        static RequestDto of(ProductRequest r, java.util.Optional<ApprovalProcess> process,
                             @Nullable ActualCost actual) {
            List<StageDto> stages = process.map(ApprovalProcess::stages).orElse(List.of()).stream()
                    .map(StageDto::of).toList();
            return new RequestDto(r.id(), r.status(), r.statusReason(), r.product().productId(),
                    r.product().productName(), r.product().versionId(), r.product().versionName(),
                    r.target().environment(), r.target().accountId(), r.purpose().justification(),
                    r.requester().username(), cost(r.estimatedMonthlyCost()), r.parameters(), r.outputs(),
                    r.recordId(), stages, r.timing().createdAt(), r.timing().updatedAt(), r.tags(),
                    r.resubmissions().stream()
                            .map(x -> new ResubmissionDto(x.revision(), x.at(), x.actorName(), x.note())).toList(),
                    ActualCostDto.of(actual, r.estimatedMonthlyCost()));
        }

    }
}
