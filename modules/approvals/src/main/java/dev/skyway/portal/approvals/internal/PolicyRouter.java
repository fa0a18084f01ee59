package dev.skyway.portal.approvals.internal;

import java.util.Set;

import dev.skyway.portal.approvals.SubjectAttributes;

/** Picks the first rule of a policy whose condition the subject meets. */
final class PolicyRouter {

    private PolicyRouter() {
    }

    /**
     * @throws IllegalStateException when no rule matches (a valid policy ends with a catch-all rule, so only a
     *                               hand-edited database gets here)
     */
    static Policy.Rule route(Policy policy, String subjectType, SubjectAttributes subject) {
        return policy.rules().stream().filter(rule -> matches(rule.when(), subjectType, subject)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No approval rule matches " + subjectType));
    }

    static boolean matches(Policy.Condition when, String subjectType, SubjectAttributes subject) {
        return in(when.subjectTypes(), subjectType)
                && in(when.environments(), subject.environment())
                && (when.actions().isEmpty() || when.actions().contains(subject.action()))
                && in(when.products(), subject.product())
                && in(when.accounts(), subject.account())
                && in(when.teams(), subject.team())
                && (when.minMonthlyCost() == null || Policy.atLeast(subject.monthlyCost(), when.minMonthlyCost()))
                && (when.maxMonthlyCost() == null || Policy.below(subject.monthlyCost(), when.maxMonthlyCost()));
    }

    private static boolean in(Set<String> allowed, String value) {
        return allowed.isEmpty() || value != null && allowed.contains(value);
    }
}
