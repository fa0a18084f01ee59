package dev.skyway.portal.cost.internal.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;
import dev.skyway.portal.provisioning.EstimatedResource;

/**
 * The accuracy arithmetic: sum of actuals over sum of estimates over the resources with a full month of cost in the
 * estimate's currency; the worst misses by money, largest first; no history when nothing counts.
 */
class AccuracyCalculatorTests {

    final Map<UUID, ActualCost> actuals = new HashMap<>();

    @Test
    void actualOverEstimateIsWeightedByMoneyAndTheWorstMissesAreTheLargestGaps() {
        List<EstimatedResource> estimates = List.of(
                resource("db", "200.00", "USD", "260.00", ActualCost.Basis.LAST_FULL_MONTH),
                resource("bucket", "10.00", "USD", "2.00", ActualCost.Basis.LAST_30_DAYS),
                resource("cache", "50.00", "USD", "50.00", ActualCost.Basis.LAST_FULL_MONTH),
                resource("queue", "40.00", "USD", "30.00", ActualCost.Basis.LAST_FULL_MONTH));

        EstimateAccuracy accuracy = AccuracyCalculator.of(estimates, actuals);

        assertThat(accuracy.resources()).isEqualTo(4);
        assertThat(accuracy.estimated()).isEqualTo(Money.of("300.00", "USD"));
        assertThat(accuracy.actual()).isEqualTo(Money.of("342.00", "USD"));
        assertThat(accuracy.ratio()).isEqualByComparingTo("1.14");
        // db is 60 off, queue 10, bucket 8 (though the worst in percent); cache is spot on and no miss
        assertThat(accuracy.worstMisses()).extracting(EstimateAccuracy.Miss::name)
                .containsExactly("db", "queue", "bucket");
        assertThat(accuracy.worstMisses().getFirst().gap()).isEqualByComparingTo("60");
    }

    @Test
    void projectedFiguresOtherCurrenciesAndResourcesWithoutCostAreNotCounted() {
        List<EstimatedResource> estimates = List.of(
                resource("young", "100.00", "USD", "500.00", ActualCost.Basis.PROJECTED),
                resource("billed-in-euros", "100.00", "USD", "90.00", "EUR", ActualCost.Basis.LAST_FULL_MONTH),
                new EstimatedResource(UUID.randomUUID(), "no-cost-data-yet", Money.of("100.00", "USD")),
                resource("counted", "80.00", "USD", "100.00", ActualCost.Basis.LAST_FULL_MONTH));

        EstimateAccuracy accuracy = AccuracyCalculator.of(estimates, actuals);

        assertThat(accuracy.resources()).isOne();
        assertThat(accuracy.ratio()).isEqualByComparingTo("1.25");
        assertThat(accuracy.worstMisses()).extracting(EstimateAccuracy.Miss::name).containsExactly("counted");
    }

    @Test
    void estimatesInSeveralCurrenciesAreNeverAddedTheCurrencyMostShareIsCounted() {
        List<EstimatedResource> estimates = List.of(
                resource("eu-1", "10.00", "EUR", "20.00", "EUR", ActualCost.Basis.LAST_FULL_MONTH),
                resource("us-1", "10.00", "USD", "11.00", ActualCost.Basis.LAST_FULL_MONTH),
                resource("us-2", "30.00", "USD", "33.00", ActualCost.Basis.LAST_FULL_MONTH));

        EstimateAccuracy accuracy = AccuracyCalculator.of(estimates, actuals);

        assertThat(accuracy.resources()).isEqualTo(2);
        assertThat(accuracy.estimated()).isEqualTo(Money.of("40.00", "USD"));
        assertThat(accuracy.ratio()).isEqualByComparingTo("1.10");
    }

    @Test
    void nothingWithAMonthOfCostIsNoHistoryNotAZeroRatio() {
        assertThat(AccuracyCalculator.of(List.of(), actuals)).isEqualTo(EstimateAccuracy.NO_HISTORY);
        EstimateAccuracy young = AccuracyCalculator.of(List.of(resource("young", "10.00", "USD", "12.00",
                ActualCost.Basis.PROJECTED)), actuals);
        assertThat(young.resources()).isZero();
        assertThat(young.ratio()).isNull();
    }

    @Test
    void aZeroEstimateHasNoRatioButItsActualStillCountsAsAMiss() {
        EstimateAccuracy accuracy = AccuracyCalculator.of(List.of(resource("free-tier", "0.00", "USD", "7.00",
                ActualCost.Basis.LAST_FULL_MONTH)), actuals);
        assertThat(accuracy.resources()).isOne();
        assertThat(accuracy.ratio()).isNull();
        assertThat(accuracy.worstMisses()).extracting(EstimateAccuracy.Miss::name).containsExactly("free-tier");
    }

    private EstimatedResource resource(String name, String estimate, String currency, String actual,
                                       ActualCost.Basis basis) {
        return resource(name, estimate, currency, actual, currency, basis);
    }

    private EstimatedResource resource(String name, String estimate, String currency, String actual,
                                       String actualCurrency, ActualCost.Basis basis) {
        UUID id = UUID.randomUUID();
        actuals.put(id, new ActualCost(Money.of(actual, actualCurrency), basis, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30"), 30, ActualCost.Status.FINAL, "EffectiveCost"));
        return new EstimatedResource(id, name, Money.of(estimate, currency));
    }
}
