package dev.skyway.portal.approvals.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.approvals.ApprovalDelegations;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Delegation;

/**
 * The caller's delegations over HTTP. A refused window (too long, in the past, to oneself) is a 400 whose
 * {@code field} property names the offending field; cancelling someone else's delegation is a 403.
 */
@Tag(name = "Approvals")
@RestController
@RequestMapping("/api/v1/approvals/delegations")
@PreAuthorize("isAuthenticated()")
class DelegationsController {

    private final ApprovalDelegations delegations;

    DelegationsController(ApprovalDelegations delegations) {
        this.delegations = delegations;
    }

    @Operation(summary = "List my delegations")
    @GetMapping
    List<Item> mine() {
        return delegations.mine().stream().map(Item::of).toList();
    }

    /** {@code delegate}: {@code issuer#subject}, or a local demo user's username. */
    @Operation(summary = "Delegate my approvals",
            description = "delegate: issuer#subject, or a local demo user's username.")
    @PostMapping
    ResponseEntity<Item> create(@RequestBody Create body) {
        Delegation d = delegations.delegate(body.delegate(), body.startsAt(), body.endsAt());
        return ResponseEntity.created(URI.create("/api/v1/approvals/delegations/" + d.id())).body(Item.of(d));
    }

    @Operation(summary = "Cancel a delegation")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@PathVariable UUID id) {
        delegations.cancel(id);
        return ResponseEntity.noContent().build();
    }

    /** The facade writes "field: rule"; the problem carries both. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "invalid delegation" : e.getMessage();
        int colon = message.indexOf(':');
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid delegation");
        if (colon > 0) {
            problem.setProperty("field", message.substring(0, colon));
        }
        return problem;
    }

    @ExceptionHandler(ApprovalRefusedException.class)
    ProblemDetail refused(ApprovalRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    record Create(String delegate, Instant startsAt, Instant endsAt) {
    }

    /** People by key (who they are) and by name (to show). */
    record Item(UUID id, String delegatorKey, String delegator, String delegateKey, String delegate,
                Instant startsAt, Instant endsAt, Instant cancelledAt) {

        static Item of(Delegation d) {
            return new Item(d.id(), d.delegatorKey().canonical(), d.delegator(), d.delegateKey().canonical(),
                    d.delegate(), d.startsAt(), d.endsAt(), d.cancelledAt());
        }
    }
}
