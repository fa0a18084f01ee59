package dev.skyway.portal.approvals.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.platform.money.Money;

/** A parsed, valid policy: ordered rules, the first that matches routes the subject. */
record Policy(List<Rule> rules) {

    /** {@code stages} is empty exactly when {@code autoApprove}. */
    record Rule(String name, Condition when, boolean autoApprove, List<StageSpec> stages) {
    }

    /**
     * Empty sets match anything. Cost bounds: {@code minMonthlyCost} inclusive, {@code maxMonthlyCost} exclusive; a
     * bound in another currency than the subject's cost, or an unknown cost, fails "max" and passes "min" (unknown
     * or incomparable cost is treated as expensive).
     */
    record Condition(Set<String> subjectTypes, Set<String> environments, Set<SubjectAction> actions,
                     Set<String> products, Set<String> accounts, Set<String> teams, Money minMonthlyCost,
                     Money maxMonthlyCost) {

        static final Condition ANYTHING = new Condition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, null);
    }

    /** {@code role} and {@code escalateTo} are role names; {@code users} usernames. */
    record StageSpec(String name, String role, List<String> users, boolean teamLead, ApprovalMode mode,
                     int required, Duration sla, String escalateTo, boolean hold) {
    }

    static boolean below(Money cost, Money bound) {
        return cost != null && cost.sameCurrency(bound) && cost.compareTo(bound) < 0;
    }

    static boolean atLeast(Money cost, Money bound) {
        return cost == null || !cost.sameCurrency(bound) || cost.compareTo(bound) >= 0;
    }
}
