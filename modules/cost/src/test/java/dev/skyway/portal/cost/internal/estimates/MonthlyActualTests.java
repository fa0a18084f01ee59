package dev.skyway.portal.cost.internal.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;

/**
 * Which period a resource's monthly figure is read over: the last full month when it ran all of it, the last 30 days
 * when it ran those, else projected to 30 days from the days after its launch day; final, open or estimated.
 */
class MonthlyActualTests {

    static final LocalDate LATEST = LocalDate.parse("2026-05-20");
    static final Instant NOW = Instant.parse("2026-05-21T08:00:00Z");
    static final Duration RESTATEMENT = Duration.ofDays(15);
    static final Currency USD = Currency.getInstance("USD");

    @Test
    void aResourceThatRanAllOfLastMonthIsReadOverThatCalendarMonth() {
        ActualCost actual = MonthlyActual.of(LocalDate.parse("2026-03-15"), LATEST,
                everyDay("2026-03-15", "4.00"), Set.of(), USD, NOW, RESTATEMENT);

        assertThat(actual.basis()).isEqualTo(ActualCost.Basis.LAST_FULL_MONTH);
        assertThat(actual.from()).isEqualTo("2026-04-01");
        assertThat(actual.to()).isEqualTo("2026-04-30");
        assertThat(actual.days()).isEqualTo(30);
        assertThat(actual.monthly()).isEqualTo(Money.of("120.00", "USD"));
        // April closed on May 1; AWS may restate it until May 16
        assertThat(actual.status()).isEqualTo(ActualCost.Status.FINAL);
        assertThat(actual.metric()).isEqualTo("EffectiveCost");
    }

    @Test
    void aResourceLaunchedDuringLastMonthIsReadOverTheLast30Days() {
        ActualCost actual = MonthlyActual.of(LocalDate.parse("2026-04-10"), LATEST,
                everyDay("2026-04-10", "2.00"), Set.of(), USD, NOW, RESTATEMENT);

        assertThat(actual.basis()).isEqualTo(ActualCost.Basis.LAST_30_DAYS);
        assertThat(actual.from()).isEqualTo("2026-04-21");
        assertThat(actual.to()).isEqualTo(LATEST);
        assertThat(actual.monthly()).isEqualTo(Money.of("60.00", "USD"));
        assertThat(actual.status()).isEqualTo(ActualCost.Status.OPEN);
        assertThat(actual.fullMonth()).isTrue();
    }

    @Test
    void aYoungResourceIsProjectedFromTheDaysAfterItsPartialLaunchDay() {
        Map<LocalDate, BigDecimal> daily = everyDay("2026-05-11", "3.00");
        daily.put(LocalDate.parse("2026-05-10"), new BigDecimal("0.40")); // launched in the evening

        ActualCost actual = MonthlyActual.of(LocalDate.parse("2026-05-10"), LATEST, daily, Set.of(), USD, NOW,
                RESTATEMENT);

        assertThat(actual.basis()).isEqualTo(ActualCost.Basis.PROJECTED);
        assertThat(actual.from()).isEqualTo("2026-05-11");
        assertThat(actual.days()).isEqualTo(10);
        assertThat(actual.monthly()).isEqualTo(Money.of("90.00", "USD"));
        assertThat(actual.fullMonth()).isFalse();
    }

    @Test
    void aResourceWhoseOnlyDayIsTheLatestIsProjectedFromThatDay() {
        ActualCost actual = MonthlyActual.of(LATEST, LATEST, everyDay(LATEST.toString(), "1.10"), Set.of(), USD,
                NOW, RESTATEMENT);
        assertThat(actual.days()).isOne();
        assertThat(actual.monthly()).isEqualTo(Money.of("33.00", "USD"));
    }

    @Test
    void daysWithoutRowsCostNothingAndAnEstimatedDayMakesTheFigureEstimated() {
        Map<LocalDate, BigDecimal> daily = new HashMap<>(Map.of(LocalDate.parse("2026-04-02"),
                new BigDecimal("10.005"), LocalDate.parse("2026-02-01"), new BigDecimal("99")));

        ActualCost actual = MonthlyActual.of(LocalDate.parse("2026-02-01"), LATEST, daily,
                Set.of(LocalDate.parse("2026-04-02")), USD, NOW, RESTATEMENT);

        assertThat(actual.monthly()).isEqualTo(Money.of("10.01", "USD"));
        assertThat(actual.status()).isEqualTo(ActualCost.Status.ESTIMATED);
    }

    @Test
    void lastMonthIsOpenUntilItsRestatementWindowHasPassed() {
        assertThat(MonthlyActual.status(LocalDate.parse("2026-04-30"), false, Instant.parse("2026-05-16T00:00:00Z"),
                RESTATEMENT)).isEqualTo(ActualCost.Status.OPEN);
        assertThat(MonthlyActual.status(LocalDate.parse("2026-04-30"), false, Instant.parse("2026-05-16T00:00:01Z"),
                RESTATEMENT)).isEqualTo(ActualCost.Status.FINAL);
    }

    @Test
    void theEarliestDayReadCoversBothTheLastFullMonthAndTheLast30Days() {
        assertThat(MonthlyActual.earliestDay(LATEST)).isEqualTo("2026-04-01");
        assertThat(MonthlyActual.earliestDay(LocalDate.parse("2026-03-31"))).isEqualTo("2026-03-01");
        assertThat(MonthlyActual.earliestDay(LocalDate.parse("2026-03-02"))).isEqualTo("2026-02-01");
        assertThat(MonthlyActual.earliestDay(LocalDate.parse("2026-03-01"))).isEqualTo("2026-01-31");
    }

    private static Map<LocalDate, BigDecimal> everyDay(String from, String cost) {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LATEST); d = d.plusDays(1)) {
            daily.put(d, new BigDecimal(cost));
        }
        return daily;
    }
}
