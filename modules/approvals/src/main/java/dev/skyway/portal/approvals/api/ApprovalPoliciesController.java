package dev.skyway.portal.approvals.api;


import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.approvals.ApprovalPolicies;
import dev.skyway.portal.approvals.InvalidPolicyException;
import dev.skyway.portal.approvals.PolicyVersion;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.platform.money.Money;

/**
 * Approval policies over HTTP, for platform admins. {@code PUT /current} takes the policy document itself as the
 * body and saves it as a new version; an invalid one is a 400 listing every {@code problems[]} (field and message).
 */
@Tag(name = "Approvals")
@RestController
@RequestMapping("/api/v1/approval-policies")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ApprovalPoliciesController {

    private final ApprovalPolicies policies;

    ApprovalPoliciesController(ApprovalPolicies policies) {
        this.policies = policies;
    }

    @Operation(summary = "Get the current approval policy")
    @GetMapping("/current")
    PolicyVersion current() {
        return policies.current();
    }

    /** {@code note} (optional) says why, and is kept with the version. */
    @Operation(summary = "Save a new approval policy version",
            description = "The policy document as JSON; note (optional) says why, and is kept with the version.")
    @PutMapping(path = "/current", consumes = "application/json")
    PolicyVersion save(@RequestBody String document, @RequestParam(required = false) String note) {
        return policies.save(document, note);
    }

    /** Who would approve: routes example attributes with the current policy. */
    @Operation(summary = "Preview who would approve",
            description = "Routes example attributes with the current policy.")
    @PostMapping("/preview")
    RoutePreview preview(@RequestBody Preview body) {
        return policies.preview(body.subjectType(), new SubjectAttributes(body.environment(), body.monthlyCost(),
                body.product(), body.account(), body.team(),
                body.action() == null ? SubjectAction.CREATE : body.action(), null), null);
    }

    @ExceptionHandler(InvalidPolicyException.class)
    ProblemDetail invalid(InvalidPolicyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The policy has " + e.problems().size() + " problem(s)");
        problem.setTitle("Invalid approval policy");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    /**
     * Example attributes; {@code subjectType} is required, a missing {@code action} means CREATE, the rest may be
     * left out.
     */
    record Preview(String subjectType, @Nullable String environment, @Nullable Money monthlyCost,
                   @Nullable String product, @Nullable String account, @Nullable String team,
                   @Nullable SubjectAction action) {

        /** Refused while the body is read, so a negative cost is a 400 like any unreadable body. */
        Preview {
            if (monthlyCost != null && monthlyCost.isNegative()) {
                throw new IllegalArgumentException("amount must not be negative");
            }
        }
    }

}
