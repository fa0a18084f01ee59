package dev.skyway.portal.approvals.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.StaleSubjectException;
import dev.skyway.portal.approvals.TaskQuery;

/**
 * The caller's approval tasks over HTTP. Decisions name the subject version they were made on
 * ({@code subjectHash}, as listed); a refusal by the engine (separation of duties, no open task) is a 403 with the
 * reason, a stale version a 409, a comment or reason longer than {@value Approvals#MAX_COMMENT} characters a 400
 * naming the field (nothing recorded).
 */
@Tag(name = "Approvals")
@RestController
@RequestMapping("/api/v1/approvals")
@PreAuthorize("isAuthenticated()")
class ApprovalsController {

    static final int MAX_PAGE = 200;

    private final Approvals approvals;

    ApprovalsController(Approvals approvals) {
        this.approvals = approvals;
    }

    /** {@code state=pending} (default): open tasks, soonest due first; {@code decided}: what the caller decided. */
    @Operation(summary = "List my approval tasks",
            description = "state=pending (default): open tasks, soonest due first; decided: what the caller decided.")
    @GetMapping
    Page list(@RequestParam(defaultValue = "pending") String state,
              @RequestParam(required = false) String subjectType,
              @RequestParam(required = false) String environment,
              @RequestParam(required = false) String q,
              @RequestParam(defaultValue = "0") int offset,
              @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and " + MAX_PAGE);
        }
        return switch (state) {
            case "pending" -> {
                TaskQuery query = new TaskQuery(subjectType, environment, q);
                yield new Page(approvals.countTasks(query), offset, limit,
                        approvals.tasks(query, offset, limit).stream().map(Item::of).toList());
            }
            case "decided" -> new Page(approvals.countDecided(), offset, limit,
                    approvals.decided(offset, limit).stream().map(Item::of).toList());
            default -> throw new IllegalArgumentException("state must be pending or decided");
        };
    }

    @Operation(summary = "Approve a task")
    @ApiResponse(responseCode = "409",
            description = "The subject changed since the task was opened, or the task is decided already")
    @PostMapping("/{taskId}/approve")
    ApprovalDecision approve(@PathVariable UUID taskId, @RequestBody Approve body) {
        body.checkLengths();
        return approvals.approve(taskId, body.subjectHash(), body.comment());
    }

    @Operation(summary = "Reject a task", description = "A reason is required.")
    @ApiResponse(responseCode = "409",
            description = "The subject changed since the task was opened, or the task is decided already")
    @PostMapping("/{taskId}/reject")
    ApprovalDecision reject(@PathVariable UUID taskId, @RequestBody Reject body) {
        body.checkLengths();
        return approvals.reject(taskId, body.subjectHash(), body.reason());
    }

    @Operation(summary = "Ask the requester for changes",
            description = "Sends the subject back to its requester, who edits and resubmits it.")
    @ApiResponse(responseCode = "409",
            description = "The subject changed since the task was opened, or the task is decided already")
    @PostMapping("/{taskId}/request-changes")
    ApprovalDecision requestChanges(@PathVariable UUID taskId, @RequestBody Approve body) {
        body.checkLengths();
        return approvals.requestChanges(taskId, body.subjectHash(), body.comment());
    }

    @ExceptionHandler(FieldTooLongException.class)
    ProblemDetail tooLong(FieldTooLongException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("A field is too long");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", "MAX_LENGTH",
                "message", "must be at most " + e.max() + " characters")));
        return problem;
    }

    @ExceptionHandler(ApprovalRefusedException.class)
    ProblemDetail refused(ApprovalRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Refused by the approval engine");
        return problem;
    }

    @ExceptionHandler(StaleSubjectException.class)
    ProblemDetail stale(StaleSubjectException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** {@code comment} is optional for approvals, required for change requests. */
    record Approve(String subjectHash, @Nullable String comment) {

        void checkLengths() {
            FieldTooLongException.check("subjectHash", subjectHash, Approvals.MAX_SUBJECT_HASH);
            FieldTooLongException.check("comment", comment, Approvals.MAX_COMMENT);
        }
    }

    /** {@code reason} is required. */
    record Reject(String subjectHash, String reason) {

        void checkLengths() {
            FieldTooLongException.check("subjectHash", subjectHash, Approvals.MAX_SUBJECT_HASH);
            FieldTooLongException.check("reason", reason, Approvals.MAX_COMMENT);
        }
    }

    record Page(int total, int offset, int limit, List<Item> items) {
    }

    /**
     * A task ({@code state=pending}: {@code dueAt}, {@code subjectHash}, {@code onBehalfOf} if delegated) or a
     * decision ({@code state=decided}: {@code outcome}, {@code decidedAt}). Absent fields are left out.
     */
    record Item(UUID id, UUID processId, String subjectType, String subjectId, String title, String stage,
                Instant dueAt, String subjectHash, String requester, String onBehalfOf, boolean escalated,
                String outcome, Instant decidedAt) {

        static Item of(ApprovalTask t) {
            return new Item(t.id(), t.processId(), t.subject().type(), t.subject().id(), t.subject().title(),
                    t.stage(), t.dueAt(), t.subjectHash(), t.requester(), t.onBehalfOf(), t.escalated(), null, null);
        }

        static Item of(ApprovalDecision d) {
            return new Item(d.taskId(), d.processId(), d.subject().type(), d.subject().id(), d.subject().title(),
                    d.stage(), null, d.subjectHash(), null, d.onBehalfOf(), false, d.outcome().name(),
                    d.decidedAt());
        }
    }
}
