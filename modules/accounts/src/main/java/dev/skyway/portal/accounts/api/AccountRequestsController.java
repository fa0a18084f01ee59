package dev.skyway.portal.accounts.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.accounts.AccountClosings;
import dev.skyway.portal.accounts.AccountNotFoundException;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.AccountRequestValidationException;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.QueueMove;
import dev.skyway.portal.accounts.QueuedRequest;
import dev.skyway.portal.accounts.VendingQueue;
import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.DecisionProblems;
import dev.skyway.portal.approvals.StaleSubjectException;
import dev.skyway.portal.approvals.SubjectVersion;

/**
 * Account requests over HTTP: submit (201, or 400 naming each failing field and rule), read one (status, queue
 * position, account id once known) or a list, approve/reject shortcuts on the caller's open approval task (403
 * otherwise), edit and resubmit, cancel and reorder the queue, and ask to close an account.
 */
@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class AccountRequestsController {

    private final AccountRequests requests;
    private final VendingQueue queue;
    private final AccountClosings closings;

    AccountRequestsController(AccountRequests requests, VendingQueue queue, AccountClosings closings) {
        this.requests = requests;
        this.queue = queue;
        this.closings = closings;
    }

    @Operation(summary = "Request a new AWS account",
            description = "Goes to the approvers the approval policy names; 201 with the request.")
    @PostMapping("/account-requests")
    ResponseEntity<RequestDto> submit(@RequestBody Submit body) {
        AccountRequest created = requests.submit(new NewAccountRequest(body.accountName(), body.accountEmail(),
                body.organizationalUnitId(), body.ssoUserFirstName(), body.ssoUserLastName(), body.ssoUserEmail(),
                body.ownerTeam(), body.costCenter(), body.environment(), body.monthlyBudget(), body.baseline(),
                body.tags(), body.justification()));
        return ResponseEntity.created(URI.create("/api/v1/account-requests/" + created.id())).body(dto(created));
    }

    /** The requester edits a pending request, or one whose approver asked for changes, and resubmits it. */
    @Operation(summary = "Edit and resubmit an account request",
            description = "The requester edits a pending request, or one whose approver asked for changes.")
    @ApiResponse(responseCode = "409", description = "The request is past the point where it can be edited")
    @PutMapping("/account-requests/{id}")
    RequestDto resubmit(@PathVariable UUID id, @RequestBody Submit body) {
        return dto(requests.resubmit(id, new NewAccountRequest(body.accountName(), body.accountEmail(),
                body.organizationalUnitId(), body.ssoUserFirstName(), body.ssoUserLastName(), body.ssoUserEmail(),
                body.ownerTeam(), body.costCenter(), body.environment(), body.monthlyBudget(), body.baseline(),
                body.tags(), body.justification())));
    }

    /**
     * The request, with its version as {@code ETag}: the subject hash the approval engine holds. Approving and
     * rejecting must send it back as {@code If-Match}.
     */
    @Operation(summary = "Get an account request",
            description = "Answers the request's version as ETag: approving and rejecting send it back as If-Match.")
    @GetMapping("/account-requests/{id}")
    ResponseEntity<RequestDto> get(@PathVariable UUID id) {
        AccountRequest request = requests.get(id);
        return ResponseEntity.ok().eTag(SubjectVersion.etag(request.approval().subjectHash())).body(dto(request));
    }

    /** The caller's own requests ({@code mine=true}, default) or everyone's ({@code mine=false}, platform admins). */
    @Operation(summary = "List account requests",
            description = "The caller's own (mine=true, the default) or everyone's (mine=false, platform admins).")
    @GetMapping("/account-requests")
    List<RequestDto> list(@RequestParam(defaultValue = "true") boolean mine,
                          @RequestParam(required = false) AccountRequestStatus status,
                          @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        List<AccountRequest> found = mine ? requests.mine(status, offset, limit) : requests.all(status, offset, limit);
        return found.stream().map(this::dto).toList();
    }

    /** The vending queue, next first (platform admins). */
    @Operation(summary = "List the account vending queue",
            description = "Approved requests waiting for vending, next first (platform admins).")
    @GetMapping("/account-requests/queue")
    List<RequestDto> queue() {
        return queue.queue().stream().map(q -> dto(q.request())).toList();
    }

    /**
     * Approves the version the caller read: {@code If-Match} with the {@code ETag} of GET is required (428 without,
     * 412 when the request changed since).
     */
    @Operation(summary = "Approve an account request",
            description = "Decides on the version the caller read: If-Match with the ETag of GET is required (428 "
                    + "without, 412 when the request changed since).")
    @ApiResponse(responseCode = "409", description = "The request is not waiting for this decision any more")
    @PostMapping("/account-requests/{id}/approve")
    RequestDto approve(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
    String ifMatch, @RequestBody(required = false) Decision body) {
        requests.approve(id, SubjectVersion.fromIfMatch(ifMatch), body == null ? null : body.comment());
        return dto(requests.get(id));
    }

    /** Rejects the version the caller read, with a reason. As {@link #approve}. */
    @Operation(summary = "Reject an account request", description = "As approve; a reason is required.")
    @ApiResponse(responseCode = "409", description = "The request is not waiting for this decision any more")
    @PostMapping("/account-requests/{id}/reject")
    RequestDto reject(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
    String ifMatch, @RequestBody(required = false) Decision body) {
        requests.reject(id, SubjectVersion.fromIfMatch(ifMatch), body == null ? null : body.reason());
        return dto(requests.get(id));
    }

    /** Cancels a request that has not started (409 when it has). */
    @Operation(summary = "Cancel an account request", description = "Only before vending started.")
    @ApiResponse(responseCode = "409", description = "Vending has started: the request can no longer be cancelled")
    @PostMapping("/account-requests/{id}/cancel")
    RequestDto cancel(@PathVariable UUID id, @RequestBody(required = false) Decision body) {
        return dto(requests.cancel(id, body == null ? null : body.reason()));
    }

    /** Moves a queued request {@code UP}, {@code DOWN} or to the {@code TOP} (platform admins). */
    @Operation(summary = "Move a queued account request",
            description = "UP, DOWN or to the TOP of the vending queue (platform admins).")
    @ApiResponse(responseCode = "409", description = "The request is not queued any more")
    @PostMapping("/account-requests/{id}/move")
    RequestDto move(@PathVariable UUID id, @RequestParam QueueMove to) {
        queue.move(id, to);
        return dto(requests.get(id));
    }

    @Operation(summary = "Request closing an account")
    @PostMapping("/accounts/{accountId}/close-requests")
    ResponseEntity<RequestDto> close(@PathVariable String accountId, @RequestBody(required = false) Decision body) {
        AccountRequest created = closings.requestClose(accountId, body == null ? null : body.justification());
        return ResponseEntity.created(URI.create("/api/v1/account-requests/" + created.id())).body(dto(created));
    }

    @ExceptionHandler(AccountRequestValidationException.class)
    ProblemDetail invalid(AccountRequestValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The account request breaks the rules");
        problem.setProperty("errors", e.violations());
        return problem;
    }

    @ExceptionHandler(SubjectVersion.Missing.class)
    ProblemDetail ifMatchRequired(SubjectVersion.Missing e) {
        return DecisionProblems.versionMissing(e);
    }

    @ExceptionHandler(StaleSubjectException.class)
    ProblemDetail stale(StaleSubjectException e) {
        return DecisionProblems.versionChanged(e);
    }

    @ExceptionHandler(ApprovalRefusedException.class)
    ProblemDetail refused(ApprovalRefusedException e) {
        return DecisionProblems.refused(e);
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible in the request's current state");
        return problem;
    }

    @ExceptionHandler(AccountNotFoundException.class)
    ProblemDetail notFound(AccountNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Account not found");
        return problem;
    }

    private RequestDto dto(AccountRequest r) {
        List<StageDto> stages = requests.process(r.id()).map(ApprovalProcess::stages).orElse(List.of()).stream()
                .map(StageDto::of).toList();
        QueuedRequest queued = queue.position(r.id()).orElse(null);
        return new RequestDto(r.id(), r.kind().name(), r.status(), r.progress().reason(), r.progress().failureCode(),
                queued == null ? null : queued.position(),
                queued == null ? null : queued.estimatedWait().toMinutes(), r.vending().accountId(),
                r.targetAccountId(), r.accountName(), r.accountEmail(), r.placement().id(), r.placement().path(),
                r.ownership().team(), r.ownership().costCenter(), r.ownership().environment(), r.monthlyBudget(),
                r.tags(), r.baselines().stream().map(b -> new BaselineDto(b.baselineId(), b.stackSetName(),
                        b.state().name(), b.message())).toList(), r.justification(), r.requester().username(), stages,
                r.timing().createdAt(), r.timing().updatedAt());
    }

    record Submit(String accountName, String accountEmail, String organizationalUnitId, String ssoUserFirstName,
                  String ssoUserLastName, String ssoUserEmail, String ownerTeam, String costCenter,
                  String environment, BigDecimal monthlyBudget, List<String> baseline, Map<String, String> tags,
                  String justification) {
    }

    record Decision(String comment, String reason, String justification) {
    }

    /**
     * A stage; while a change freeze holds it ({@code HELD}): who holds it ({@code heldBy}, e.g.
     * {@code incident:<id>}, and {@code incidentId} when an incident does), why, and the page that tells more.
     */
    record StageDto(UUID id, String name, String status, List<String> approvers, Instant completedAt,
                    String heldBy, String incidentId, String holdReason, String holdLink) {

        static StageDto of(dev.skyway.portal.approvals.ApprovalStage s) {
            var hold = s.hold();
            return new StageDto(s.id(), s.name(), s.status().name(), s.approvers(), s.completedAt(),
                    hold == null ? null : hold.kind() + ":" + hold.reference(), hold == null ? null : hold.incidentId(),
                    hold == null ? null : hold.reason(), hold == null ? null : hold.link());
        }
    }

    record BaselineDto(String id, String stackSetName, String state, String message) {
    }

    /** {@code queuePosition} and {@code estimatedWaitMinutes} only while QUEUED; {@code accountId} once known. */
    record RequestDto(UUID id, String kind, AccountRequestStatus status, String statusReason, String failureCode,
                      Integer queuePosition, Long estimatedWaitMinutes, String accountId, String targetAccountId,
                      String accountName, String accountEmail, String organizationalUnitId,
                      String organizationalUnitPath, String ownerTeam, String costCenter, String environment,
                      BigDecimal monthlyBudget, Map<String, String> tags, List<BaselineDto> baselines,
                      String justification, String requester, List<StageDto> stages, Instant createdAt,
                      Instant updatedAt) {
    }
}
