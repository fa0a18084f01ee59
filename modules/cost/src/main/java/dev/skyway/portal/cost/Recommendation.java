package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tracked savings recommendation: what to do, what it should save, where it stands and, once done, what it saved.
 *
 * @param externalId stable across refreshes of its source, so the same recommendation keeps its tracking
 * @param summary    one sentence saying what to do
 * @param realized   present once it is done
 */
public record Recommendation(UUID id, RecommendationSource source, String externalId, RecommendationKind kind,
                             Target target, String summary, Figures figures, Tracking tracking,
                             @Nullable Realized realized) {

    /**
     * What it concerns.
     *
     * @param subAccountId the account; absent for an organization-wide Savings Plan
     * @param accountName  from the account inventory; absent when the account is not in it
     * @param resourceId   the instance; absent for Savings Plans
     * @param serviceName  the FOCUS {@code ServiceName} its cost is in; absent for Savings Plans (compute as a whole)
     */
    public record Target(@Nullable String subAccountId, @Nullable String accountName, @Nullable String resourceId,
                         @Nullable String serviceName) {
    }

    /**
     * The source's figures, refreshed on every sync while the recommendation exists there.
     *
     * @param monthlyCost what the resource costs a month today; for a Savings Plan its monthly commitment
     */
    public record Figures(String currency, @Nullable BigDecimal monthlyCost, BigDecimal estimatedMonthlySavings) {
    }

    /**
     * @param reason    why it was dismissed
     * @param doneAt    the day it was marked done
     * @param updatedBy who made the last move ({@code system} for a sync)
     */
    public record Tracking(RecommendationStatus status, @Nullable String reason, @Nullable LocalDate doneAt,
                           @Nullable String updatedBy, Instant createdAt, Instant updatedAt) {
    }

    /**
     * Savings measured from the daily rollups at account × service level (the rollups' grain, not per resource;
     * the account's compute services for a Savings Plan): the mean daily effective cost of the 14 days before the
     * day it was done against the mean of the days after it (at most 30), times 30.
     *
     * @param baselineDailyCost the mean before; absent when no cost data covers those 14 days
     * @param daysMeasured      days with cost data after the done day (at most 30)
     * @param dailyCostSince    the mean over those days; absent before the first
     * @param monthlySavings    {@code (baseline − since) × 30}; absent until {@value #MIN_DAYS} days are measured
     */
    public record Realized(LocalDate since, @Nullable BigDecimal baselineDailyCost, int daysMeasured,
                           @Nullable BigDecimal dailyCostSince, @Nullable BigDecimal monthlySavings) {

        public static final int BASELINE_DAYS = 14;
        public static final int MIN_DAYS = 3;
        public static final int MAX_DAYS = 30;
    }

    public RecommendationStatus status() {
        return tracking.status();
    }

    /** The moves its status allows (whether the caller may make them is {@link CostSavings#mayAct}'s question). */
    public RecommendationLifecycle lifecycle() {
        return new RecommendationLifecycle(tracking.status());
    }

    public @Nullable BigDecimal realizedMonthlySavings() {
        return realized == null ? null : realized.monthlySavings();
    }
}
