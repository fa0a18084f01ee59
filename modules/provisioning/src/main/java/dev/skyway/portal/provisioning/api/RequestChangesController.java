package dev.skyway.portal.provisioning.api;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequestChanges;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestProgress;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.SentBackChanges;

/**
 * Follow-ups of a product request: {@code PUT /api/v1/requests/{id}} edits a request an approver sent back (same body
 * as the POST, or for an UPDATE of a provisioned product the body of the resource update; 200; a NoEcho value left
 * empty keeps the stored one), {@code POST /api/v1/requests/{id}/resubmit} {@code {"note"}} sends a sent-back
 * TERMINATE again with the requester's answer, {@code POST /api/v1/requests/{id}/retry}
 * provisions a failed request again ({@code {"secrets": {...}}} only for forgotten NoEcho values). 400 names each
 * failing field, 403 when it is not the caller's to change, 409 when the request is not in the right state. Responses
 * are the request as {@code GET /api/v1/requests/{id}} returns it.
 */
@Tag(name = "Requests")
@RestController
@RequestMapping("/api/v1/requests")
@PreAuthorize("isAuthenticated()")
class RequestChangesController {

    private final ProductRequestChanges changes;
    private final SentBackChanges sentBack;
    private final ProductRequests requests;

    RequestChangesController(ProductRequestChanges changes, SentBackChanges sentBack, ProductRequests requests) {
        this.changes = changes;
        this.sentBack = sentBack;
        this.requests = requests;
    }

    /**
     * A CREATE request takes the body of {@code POST /api/v1/requests}; an UPDATE the body of
     * {@code POST /api/v1/resources/{id}/update} ({@code {parameters, justification}}, the other fields are ignored);
     * a TERMINATE has nothing to edit (409: {@code POST /api/v1/requests/{id}/resubmit}).
     */
    @Operation(summary = "Edit and resubmit a product request",
            description = "A CREATE takes the body of POST /api/v1/requests; an UPDATE that of POST "
                    + "/api/v1/resources/{id}/update; a TERMINATE has nothing to edit (POST "
                    + "/api/v1/requests/{id}/resubmit).")
    @ApiResponse(responseCode = "409", description = "The request is not waiting for the requester's changes")
    @PutMapping("/{id}")
    RequestsController.RequestDto resubmit(@PathVariable UUID id, @RequestBody RequestsController.Submit body) {
        RequestProgress progress = changes.progress(id);
        switch (progress.action()) {
            case UPDATE -> sentBack.resubmitUpdate(id, body.parameters() == null ? Map.of() : body.parameters(),
                    body.justification());
            case TERMINATE -> throw new RequestStateException(id, requests.get(id).status(), "A termination has "
                    + "nothing to edit: resubmit it with POST /api/v1/requests/" + id + "/resubmit {\"note\": ...}");
            case CREATE -> changes.resubmit(id, new NewProductRequest(body.productId(), body.versionId(),
                    body.environment(), body.accountId(), body.parameters() == null ? Map.of() : body.parameters(),
                    body.justification(), body.costCenter(), body.tags()));
        }
        return dto(requests.get(id));
    }

    /** A sent-back TERMINATE goes to the approvers again with the requester's answer; 400 without one. */
    @Operation(summary = "Resubmit a sent-back termination request",
            description = "Goes to the approvers again with the requester's answer (required).")
    @ApiResponse(responseCode = "409", description = "The request is not waiting for the requester's changes")
    @PostMapping("/{id}/resubmit")
    RequestsController.RequestDto resubmitTermination(@PathVariable UUID id,
                                                      @RequestBody(required = false) @Nullable Resubmit body) {
        return dto(sentBack.resubmitTermination(id, body == null ? null : body.note()));
    }

    /** The requester takes back a request not finally decided yet; 409 once it was. */
    @Operation(summary = "Withdraw a product request", description = "Only before it is finally decided.")
    @ApiResponse(responseCode = "409", description = "The request was finally decided")
    @PostMapping("/{id}/withdraw")
    RequestsController.RequestDto withdraw(@PathVariable UUID id,
                                           @RequestBody(required = false) @Nullable Withdraw body) {
        String reason = body == null ? null : body.reason();
        ApiLimits.maxLength("reason", reason, ProductRequests.MAX_JUSTIFICATION);
        return dto(changes.withdraw(id, reason));
    }

    @Operation(summary = "Retry a failed provisioning")
    @ApiResponse(responseCode = "409", description = "The request did not fail")
    @PostMapping("/{id}/retry")
    RequestsController.RequestDto retry(@PathVariable UUID id, @RequestBody(required = false) @Nullable Retry body) {
        changes.retry(id, body == null || body.secrets() == null ? Map.of() : body.secrets());
        return dto(requests.get(id));
    }

    /** As {@code GET /api/v1/requests/{id}} answers (the same DTO). */
    private RequestsController.RequestDto dto(ProductRequest r) {
        return RequestsController.RequestDto.of(r, requests.processOf(r));
    }

    @ExceptionHandler(RequestStateException.class)
    ProblemDetail conflict(RequestStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The request is not in a state that allows this");
        problem.setProperty("requestId", e.requestId());
        problem.setProperty("requestStatus", e.status());
        return problem;
    }

    /** @param secrets NoEcho key -> value, only for values the portal forgot */
    record Retry(@Nullable Map<String, String> secrets) {
    }

    record Withdraw(String reason) {
    }

    /** @param note the requester's answer to the approver who sent the termination back; required */
    record Resubmit(String note) {
    }
}
