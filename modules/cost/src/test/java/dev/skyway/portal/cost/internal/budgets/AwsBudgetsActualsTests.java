package dev.skyway.portal.cost.internal.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.internal.aws.AwsBudgetActual;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.MutableClock;

/**
 * In AWS mode a budget AWS keeps takes AWS's figures; the others, and every budget while AWS Budgets fails, take the
 * rollups'; AWS's list is read once per refresh interval.
 */
class AwsBudgetsActualsTests {

    static final LocalDate TODAY = LocalDate.parse("2026-12-10");
    static final BudgetFigures ROLLUPS = new BudgetFigures(new BigDecimal("1.00"), null, BudgetStatus.FROM_ROLLUPS);

    final MutableClock clock = new MutableClock();
    final AtomicInteger reads = new AtomicInteger();

    AwsBudgetsActuals source(Supplier<List<AwsBudgetActual>> aws) {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        return new AwsBudgetsActuals(() -> {
            reads.incrementAndGet();
            return aws.get();
        }, (budget, today) -> ROLLUPS, clock, Duration.ofMinutes(15));
    }

    static StoredBudget budget(String awsName, String currency, BudgetPeriod period) {
        return new StoredBudget(UUID.randomUUID(), new BudgetSpec("b", new BudgetScope(BudgetScope.Kind.ACCOUNT,
                "123456789012"), period, Money.of("50", currency), CostMetric.BilledCost, BudgetThreshold.DEFAULTS),
                Budget.Source.VENDING, awsName, "account-vending", 1);
    }

    static AwsBudgetActual kept(String name) {
        return new AwsBudgetActual(name, new BigDecimal("50"), "USD", new BigDecimal("42.10"),
                new BigDecimal("61.00"), "MONTHLY");
    }

    @Test
    void aBudgetAwsKeepsTakesAwsFiguresAndTheListIsReadOncePerRefresh() {
        AwsBudgetsActuals source = source(() -> List.of(kept("skyway-123456789012-monthly")));

        BudgetFigures figures = source.figures(budget("skyway-123456789012-monthly", "USD", BudgetPeriod.MONTHLY),
                TODAY);
        source.figures(budget("skyway-123456789012-monthly", "USD", BudgetPeriod.MONTHLY), TODAY);

        assertThat(figures).isEqualTo(new BudgetFigures(new BigDecimal("42.10"), new BigDecimal("61.00"),
                BudgetStatus.FROM_AWS));
        assertThat(reads).hasValue(1);
        clock.advance(Duration.ofMinutes(16));
        source.figures(budget("skyway-123456789012-monthly", "USD", BudgetPeriod.MONTHLY), TODAY);
        assertThat(reads).hasValue(2);
    }

    @Test
    void budgetsAwsDoesNotKeepAsTheyAreTakeTheRollupsFigures() {
        AwsBudgetsActuals source = source(() -> List.of(kept("skyway-123456789012-monthly")));

        assertThat(source.figures(budget(null, "USD", BudgetPeriod.MONTHLY), TODAY)).isEqualTo(ROLLUPS);
        assertThat(source.figures(budget("other", "USD", BudgetPeriod.MONTHLY), TODAY)).isEqualTo(ROLLUPS);
        assertThat(source.figures(budget("skyway-123456789012-monthly", "EUR", BudgetPeriod.MONTHLY), TODAY))
                .as("another currency").isEqualTo(ROLLUPS);
        assertThat(source.figures(budget("skyway-123456789012-monthly", "USD", BudgetPeriod.QUARTERLY), TODAY))
                .as("another period").isEqualTo(ROLLUPS);
    }

    @Test
    void whileAwsBudgetsFailsTheRollupsAnswerAndItIsAskedAgainAfterAMinute() {
        AwsBudgetsActuals source = source(() -> {
            throw new IllegalStateException("AWS Budgets could not read the budgets: throttled");
        });
        StoredBudget vended = budget("skyway-123456789012-monthly", "USD", BudgetPeriod.MONTHLY);

        assertThat(source.figures(vended, TODAY)).isEqualTo(ROLLUPS);
        assertThat(source.figures(vended, TODAY)).isEqualTo(ROLLUPS);
        assertThat(reads).hasValue(1);
        clock.advance(Duration.ofSeconds(61));
        source.figures(vended, TODAY);
        assertThat(reads).hasValue(2);
    }
}
