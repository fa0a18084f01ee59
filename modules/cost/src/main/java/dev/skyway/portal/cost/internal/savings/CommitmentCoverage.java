package dev.skyway.portal.cost.internal.savings;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.SavingsCoverage;

/**
 * Commitment coverage and utilization of a month, from the daily rollups.
 *
 * <ul>
 *   <li>coverage = effective cost of eligible usage priced {@code Committed} ÷ effective cost of all eligible usage
 *       (of the accounts the caller sees);</li>
 *   <li>utilization = effective cost of all usage priced {@code Committed} ÷ the billed cost of the month's
 *       commitment purchases ({@code ChargeCategory} {@code Purchase} with a {@code CommitmentDiscountType}),
 *       at most 100 %. Commitments are shared across the organization, so utilization is always the organization's.
 *       AWS bills no-upfront and partial-upfront commitments monthly; an all-upfront one is billed only in the month
 *       it was bought, so other months show no commitment.</li>
 * </ul>
 * One currency: the one with the most eligible usage (never summed across currencies).
 */
@Component
public class CommitmentCoverage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DSLContext db;

    public CommitmentCoverage(DSLContext db) {
        this.db = db;
    }

    /** @param accounts the accounts the caller sees; absent means all */
    public SavingsCoverage of(YearMonth month, @Nullable Set<String> accounts) {
        Condition inMonth = DAILY_COST.CHARGE_DATE.ge(month.atDay(1))
                .and(DAILY_COST.CHARGE_DATE.lt(month.plusMonths(1).atDay(1)));
        Condition visible = accounts == null ? DSL.noCondition()
                : accounts.isEmpty() ? DSL.falseCondition() : DAILY_COST.SUB_ACCOUNT_ID.in(accounts);
        Condition eligibleUsage = inMonth.and(visible).and(usage()).and(CommitmentEligible.service());
        Condition purchases = inMonth.and(DAILY_COST.CHARGE_CATEGORY.eq(CommitmentEligible.PURCHASE))
                .and(DAILY_COST.COMMITMENT_DISCOUNT_TYPE.isNotNull());
        Map<String, BigDecimal> eligibleByCurrency = byCurrency(DAILY_COST.EFFECTIVE_COST, eligibleUsage);
        Map<String, BigDecimal> purchasedByCurrency = byCurrency(DAILY_COST.BILLED_COST, purchases);
        String currency = largest(eligibleByCurrency).or(() -> largest(purchasedByCurrency)).orElse("USD");

        BigDecimal eligible = eligibleByCurrency.getOrDefault(currency, BigDecimal.ZERO);
        BigDecimal covered = sum(DAILY_COST.EFFECTIVE_COST, eligibleUsage.and(committed()), currency);
        BigDecimal commitmentCost = purchasedByCurrency.getOrDefault(currency, BigDecimal.ZERO);
        BigDecimal usedCommitment = sum(DAILY_COST.EFFECTIVE_COST, inMonth.and(usage()).and(committed()), currency);

        BigDecimal coverage = eligible.signum() > 0 ? percent(covered, eligible) : null;
        boolean commitment = commitmentCost.signum() > 0;
        BigDecimal utilization = commitment ? percent(usedCommitment, commitmentCost).min(HUNDRED.setScale(1))
                : null;
        return new SavingsCoverage(month, currency, cents(eligible), cents(covered), coverage, commitment,
                commitment && accounts == null ? cents(commitmentCost) : null, utilization,
                note(month, eligible, commitment, accounts != null));
    }

    private static String note(YearMonth month, BigDecimal eligible, boolean commitment, boolean limited) {
        StringBuilder note = new StringBuilder();
        if (eligible.signum() <= 0) {
            note.append("No commitment-eligible compute (EC2, Lambda, Fargate, ECS, EKS) in ").append(month)
                    .append(". ");
        }
        if (!commitment) {
            note.append("No commitment (Savings Plan or Reserved Instance) was billed in ").append(month)
                    .append(": nothing to utilize.");
        } else if (limited) {
            note.append("Coverage of the accounts you see; utilization is the organization's commitments'.");
        } else {
            note.append("Coverage of eligible compute by commitments; utilization of the commitments billed in ")
                    .append(month).append('.');
        }
        return note.toString().strip();
    }

    private Map<String, BigDecimal> byCurrency(Field<BigDecimal> metric, Condition where) {
        var total = DSL.sum(metric);
        return db.select(DAILY_COST.CURRENCY, total).from(DAILY_COST).where(where).groupBy(DAILY_COST.CURRENCY)
                .fetchMap(DAILY_COST.CURRENCY, r -> r.get(total) == null ? BigDecimal.ZERO : r.get(total));
    }

    private BigDecimal sum(Field<BigDecimal> metric, Condition where, String currency) {
        BigDecimal sum = db.select(DSL.sum(metric)).from(DAILY_COST).where(where)
                .and(DAILY_COST.CURRENCY.eq(currency)).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static java.util.Optional<String> largest(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .max(Map.Entry.<String, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    private static Condition usage() {
        return DAILY_COST.CHARGE_CATEGORY.eq(CommitmentEligible.USAGE);
    }

    private static Condition committed() {
        return DAILY_COST.PRICING_CATEGORY.eq(CommitmentEligible.COMMITTED);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
