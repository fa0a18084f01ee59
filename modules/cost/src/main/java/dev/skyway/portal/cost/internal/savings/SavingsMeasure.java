package dev.skyway.portal.cost.internal.savings;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationKind;

/**
 * Realized savings from the daily rollups. The rollups hold cost per day × account × service (not per resource), so
 * a recommendation is measured on the effective cost of usage of its account × service (a Savings Plan: its
 * account's commitment-eligible compute; the whole organization's when it is on no account). Other changes on the
 * same account and service in those days move the figure too: it is what the bill shows, not what the one
 * resource did.
 *
 * <p>Days without any rollup row (data not imported yet) do not count: means are over days that have cost data.
 * The done day itself mixes before and after and is left out of both.
 */
@Component
public class SavingsMeasure {

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private final DSLContext db;

    public SavingsMeasure(DSLContext db) {
        this.db = db;
    }

    /** The mean daily cost over the 14 days before {@code doneDay}; absent when no cost data covers them. */
    public @Nullable BigDecimal baseline(Recommendation r, LocalDate doneDay) {
        LocalDate from = doneDay.minusDays(Recommendation.Realized.BASELINE_DAYS);
        return mean(r, from, doneDay);
    }

    /** What a done recommendation saved a month, as of the cost data up to {@code today}. */
    public Recommendation.Realized realized(Recommendation r, LocalDate doneDay, @Nullable BigDecimal baseline,
                                            LocalDate today) {
        LocalDate from = doneDay.plusDays(1);
        LocalDate end = doneDay.plusDays(Recommendation.Realized.MAX_DAYS + 1L);
        if (today.isBefore(end)) {
            end = today.plusDays(1);
        }
        int days = from.isBefore(end) ? coveredDays(from, end) : 0;
        BigDecimal since = days == 0 ? null : divide(total(r, from, end), days);
        BigDecimal monthly = baseline == null || since == null || days < Recommendation.Realized.MIN_DAYS ? null
                : baseline.subtract(since).multiply(DAYS_PER_MONTH).setScale(2, RoundingMode.HALF_UP);
        return new Recommendation.Realized(doneDay, baseline, days, since, monthly);
    }

    /** Mean over the days of [from, end) that have cost data; absent when none has. */
    private @Nullable BigDecimal mean(Recommendation r, LocalDate from, LocalDate end) {
        int days = coveredDays(from, end);
        return days == 0 ? null : divide(total(r, from, end), days);
    }

    private BigDecimal total(Recommendation r, LocalDate from, LocalDate end) {
        BigDecimal sum = db.select(DSL.sum(DAILY_COST.EFFECTIVE_COST)).from(DAILY_COST)
                .where(DAILY_COST.CHARGE_DATE.ge(from)).and(DAILY_COST.CHARGE_DATE.lt(end))
                .and(DAILY_COST.CHARGE_CATEGORY.eq(CommitmentEligible.USAGE))
                .and(DAILY_COST.CURRENCY.eq(r.figures().currency())).and(scope(r)).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Days of [from, end) with any cost data at all (an account × service without a row that day cost nothing). */
    private int coveredDays(LocalDate from, LocalDate end) {
        Integer days = db.select(DSL.countDistinct(DAILY_COST.CHARGE_DATE)).from(DAILY_COST)
                .where(DAILY_COST.CHARGE_DATE.ge(from)).and(DAILY_COST.CHARGE_DATE.lt(end)).fetchOne(0, Integer.class);
        return days == null ? 0 : days;
    }

    private static Condition scope(Recommendation r) {
        Recommendation.Target t = r.target();
        Condition c = t.subAccountId() == null ? DSL.noCondition() : DAILY_COST.SUB_ACCOUNT_ID.eq(t.subAccountId());
        if (r.kind() == RecommendationKind.SAVINGS_PLAN || t.serviceName() == null) {
            return c.and(CommitmentEligible.service());
        }
        return c.and(DAILY_COST.SERVICE_NAME.eq(t.serviceName()));
    }

    private static BigDecimal divide(BigDecimal total, int days) {
        return total.divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }
}
