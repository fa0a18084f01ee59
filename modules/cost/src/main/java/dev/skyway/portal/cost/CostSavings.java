package dev.skyway.portal.cost;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.internal.savings.SavingsTracker;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Savings: recommendations (rightsizing, Savings Plans, the sandbox's) tracked from open to done or dismissed, what
 * the done ones saved, and commitment coverage and utilization. Finance and platform admins see every recommendation
 * and may move any; engineers and approvers see those on their teams' accounts (see {@link CostReports#visibility()})
 * and may move those; security reads only. Someone the recommendation is hidden from gets "not found". Every move is
 * recorded in the audit ledger. Nothing here calls AWS.
 */
@Service
public class CostSavings {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";
    static final String ACTORS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'PLATFORM_ADMIN')";
    static final String AUDIT_TARGET = "cost-recommendation";

    private final SavingsTracker tracker;
    private final CostReports reports;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    CostSavings(SavingsTracker tracker, CostReports reports, CurrentUser currentUser, AuditLedger audit) {
        this.tracker = tracker;
        this.reports = reports;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The recommendations the caller may see that match, largest estimated savings first. */
    @PreAuthorize(READERS)
    public List<Recommendation> recommendations(RecommendationFilter filter) {
        return tracker.list(filter, reports.visibility().teams());
    }

    /** @throws java.util.NoSuchElementException when there is none the caller may see */
    @PreAuthorize(READERS)
    public Recommendation find(UUID id) {
        return tracker.find(id, reports.visibility().teams())
                .orElseThrow(() -> new java.util.NoSuchElementException("No savings recommendation " + id));
    }

    /** @throws RecommendationTransitionException unless it is open */
    @PreAuthorize(ACTORS)
    @Transactional
    public Recommendation accept(UUID id) {
        return move(id, RecommendationLifecycle::accept);
    }

    /**
     * Done today: its realized savings are measured from tomorrow on against the 14 days before today.
     *
     * @throws RecommendationTransitionException unless it is accepted
     */
    @PreAuthorize(ACTORS)
    @Transactional
    public Recommendation done(UUID id) {
        return move(id, RecommendationLifecycle::done);
    }

    /**
     * @throws InvalidCostQueryException          when the reason is blank or longer than 2000 characters
     * @throws RecommendationTransitionException unless it is open or accepted
     */
    @PreAuthorize(ACTORS)
    @Transactional
    public Recommendation dismiss(UUID id, String reason) {
        return move(id, lifecycle -> lifecycle.dismiss(reason));
    }

    /** @throws RecommendationTransitionException unless it is accepted or dismissed */
    @PreAuthorize(ACTORS)
    @Transactional
    public Recommendation reopen(UUID id) {
        return move(id, RecommendationLifecycle::reopen);
    }

    /** Counts and sums of the recommendations the caller may see, with the month's coverage and utilization. */
    @PreAuthorize(READERS)
    public SavingsSummary summary(YearMonth month) {
        CostReports.Visibility v = reports.visibility();
        return tracker.summary(month, v.teams(), v.scope());
    }

    /** Whether the current user may move the recommendations they see (security reads only). */
    public boolean mayAct() {
        return currentUser.find().map(u -> u.hasAnyRole(Role.ENGINEER, Role.APPROVER, Role.FINANCE,
                Role.PLATFORM_ADMIN)).orElse(false);
    }

    /** What the caller's figures are limited to, e.g. {@code all accounts} or {@code team payments}. */
    public String scope() {
        return reports.visibility().scope();
    }

    private Recommendation move(UUID id, Function<RecommendationLifecycle, RecommendationTransition> how) {
        PortalUser user = currentUser.get();
        SavingsTracker.Moved moved = tracker.move(id, how, reports.visibility().teams(), user.username());
        Recommendation r = moved.recommendation();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", moved.transition().from().name());
        details.put("to", moved.transition().to().name());
        details.put("source", r.source().name());
        details.put("externalId", r.externalId());
        details.put("kind", r.kind().name());
        if (r.target().subAccountId() != null) {
            details.put("subAccountId", r.target().subAccountId());
        }
        details.put("estimatedMonthlySavings", r.figures().estimatedMonthlySavings().toPlainString());
        details.put("currency", r.figures().currency());
        if (moved.transition().reason() != null) {
            details.put("reason", moved.transition().reason());
        }
        if (r.realized() != null && moved.transition().startsMeasuring()) {
            details.put("doneAt", r.realized().since().toString());
            if (r.realized().baselineDailyCost() != null) {
                details.put("baselineDailyCost", r.realized().baselineDailyCost().toPlainString());
            }
        }
        audit.append(AuditRecord.of(moved.transition().action().auditAction(), AUDIT_TARGET, id.toString(), details));
        return r;
    }
}
