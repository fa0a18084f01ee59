package dev.skyway.portal.cost.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

class ForecasterTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 6); // a Monday
    /** Weekdays cost more than weekends; the shape sums to 0. */
    private static final double[] WEEK_SHAPE = {30, 35, 35, 30, 20, -60, -90};

    private final Forecaster forecaster = new Forecaster();

    /** 1000 a day, growing by 2 a day, with the weekly shape. */
    private static double clean(int day) {
        return 1000 + 2 * day + WEEK_SHAPE[day % 7];
    }

    private static List<DailyPoint> series(int from, int days, IntToDoubleFunction amountOfDay) {
        List<DailyPoint> points = new ArrayList<>();
        for (int day = from; day < from + days; day++) {
            points.add(new DailyPoint(START.plusDays(day), BigDecimal.valueOf(amountOfDay.applyAsDouble(day))));
        }
        return points;
    }

    @Test
    void forecastFollowsTheWeeklyShapeAndTheGrowth() {
        Forecast forecast = forecaster.forecast(series(0, 400, ForecasterTests::clean), 28, 0.8);

        assertThat(forecast.method()).startsWith(Forecaster.METHOD_HOLT_WINTERS);
        assertThat(forecast.points()).hasSize(28);
        assertThat(forecast.points().getFirst().date()).isEqualTo(START.plusDays(400));
        for (int h = 0; h < 28; h++) {
            ForecastPoint point = forecast.points().get(h);
            assertThat(point.date()).isEqualTo(START.plusDays(400 + h));
            assertThat(point.amount().doubleValue()).as("day %d", 400 + h).isCloseTo(clean(400 + h), within(15.0));
            assertThat(point.amount().scale()).isEqualTo(2);
            assertThat(point.lower()).isLessThanOrEqualTo(point.amount());
            assertThat(point.upper()).isGreaterThanOrEqualTo(point.amount());
        }
        // each Sunday stays the weekly shape's 125 below the Wednesday before it, less 4 days of growth
        for (int h = 4; h < 28; h++) {
            if (forecast.points().get(h).date().getDayOfWeek() == DayOfWeek.SUNDAY) {
                BigDecimal wednesday = forecast.points().get(h - 4).amount();
                assertThat(wednesday.subtract(forecast.points().get(h).amount()).doubleValue())
                        .isCloseTo(125.0 - 8, within(5.0));
            }
        }
        // and three weeks later every day costs 21 days of growth more
        ForecastPoint firstSunday = pointOn(forecast, DayOfWeek.SUNDAY, 0);
        ForecastPoint lastSunday = pointOn(forecast, DayOfWeek.SUNDAY, 3);
        assertThat(lastSunday.amount().subtract(firstSunday.amount()).doubleValue()).isCloseTo(42.0, within(5.0));
        assertThat(forecast.mape()).isNotNull().isLessThan(1.0);
    }

    @Test
    void intervalCoversAboutItsConfidenceOfNoisyContinuations() {
        int covered = 0;
        int seeds = 10;
        for (int seed = 0; seed < seeds; seed++) {
            Random random = new Random(seed);
            double[] noisy = new double[460];
            for (int day = 0; day < noisy.length; day++) {
                noisy[day] = clean(day) + 25 * random.nextGaussian();
            }

            Forecast forecast = forecaster.forecast(series(0, 400, day -> noisy[day]), 60, 0.8);

            for (int h = 0; h < 60; h++) {
                ForecastPoint point = forecast.points().get(h);
                double actual = noisy[400 + h];
                if (point.lower().doubleValue() <= actual && actual <= point.upper().doubleValue()) {
                    covered++;
                }
            }
            assertThat(width(forecast.points().get(59))).as("the interval widens further out")
                    .isGreaterThan(width(forecast.points().getFirst()));
            assertThat(forecast.mape()).isNotNull().isBetween(0.5, 5.0);
        }
        assertThat(covered / (60.0 * seeds)).isBetween(0.72, 0.90);
    }

    @Test
    void missingDaysCountAsZeroAndOrderDoesNotMatter() {
        List<DailyPoint> history = new ArrayList<>(series(0, 120, day -> day % 7 == 6 ? 0 : 500));
        history.removeIf(point -> point.amount().signum() == 0); // Sundays cost nothing, so they have no rollup rows
        Collections.shuffle(history, new Random(7));

        Forecast forecast = forecaster.forecast(history, 14, 0.8);

        assertThat(forecast.points().getFirst().date()).isEqualTo(START.plusDays(120));
        for (ForecastPoint point : forecast.points()) {
            double expected = point.date().getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 500;
            assertThat(point.amount().doubleValue()).as(point.date().toString()).isCloseTo(expected, within(5.0));
        }
    }

    @Test
    void theSameHistoryIsFittedOnceAndANewDayIsFittedAgain() {
        List<DailyPoint> history = series(0, 120, ForecasterTests::clean);

        Forecast first = forecaster.forecast(history, 30, 0.8);

        assertThat(forecaster.forecast(new ArrayList<>(history), 30, 0.8)).isSameAs(first);
        assertThat(forecaster.forecast(history, 31, 0.8)).isNotSameAs(first);
        Forecast nextDay = forecaster.forecast(series(0, 121, ForecasterTests::clean), 30, 0.8);
        assertThat(nextDay.points().getFirst().date()).isEqualTo(START.plusDays(121));
        assertThatThrownBy(() -> first.points().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lowerBoundNeverGoesBelowZeroForCosts() {
        Random random = new Random(3);
        Forecast forecast = forecaster.forecast(series(0, 90, day -> Math.max(0, 5 + 20 * random.nextGaussian())),
                92, 0.95);

        assertThat(forecast.points()).allSatisfy(point -> {
            assertThat(point.lower()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(point.amount()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        });
        assertThat(forecast.points().getFirst().lower()).isEqualByComparingTo("0.00");
    }

    @Test
    void tenDaysOfHistoryRepeatTheLastWeekWithAWideInterval() {
        Forecast forecast = forecaster.forecast(series(0, 10, ForecasterTests::clean), 14, 0.8);

        assertThat(forecast.method()).isEqualTo(Forecaster.METHOD_SEASONAL_NAIVE);
        assertThat(forecast.mape()).isNull();
        for (int h = 0; h < 14; h++) {
            ForecastPoint point = forecast.points().get(h);
            assertThat(point.amount().doubleValue()).isEqualTo(clean(3 + h % 7), within(0.001));
            // at least a quarter of an average day either side, at 80 %
            assertThat(width(point)).isGreaterThan(2 * 1.28 * 0.25 * 1000);
        }
    }

    @Test
    void threeDaysOfHistoryForecastTheirAverage() {
        List<DailyPoint> history = List.of(new DailyPoint(START, new BigDecimal("90")),
                new DailyPoint(START.plusDays(1), new BigDecimal("100")),
                new DailyPoint(START.plusDays(2), new BigDecimal("110")));

        Forecast forecast = forecaster.forecast(history, 3, 0.8);

        assertThat(forecast.method()).isEqualTo(Forecaster.METHOD_MEAN);
        assertThat(forecast.mape()).isNull();
        assertThat(forecast.points()).extracting(ForecastPoint::date)
                .containsExactly(START.plusDays(3), START.plusDays(4), START.plusDays(5));
        assertThat(forecast.points()).allSatisfy(point -> {
            assertThat(point.amount()).isEqualByComparingTo("100.00");
            assertThat(point.lower()).isLessThan(new BigDecimal("75"));
            assertThat(point.upper()).isGreaterThan(new BigDecimal("125"));
        });
    }

    @Test
    void emptyHistoryForecastsNothing() {
        Forecast forecast = forecaster.forecast(List.of(), 30, 0.8);

        assertThat(forecast.points()).isEmpty();
        assertThat(forecast.method()).isEqualTo(Forecaster.METHOD_NONE);
        assertThat(forecast.mape()).isNull();
    }

    @Test
    void daysMustBeWithinOneToNinetyTwo() {
        List<DailyPoint> history = series(0, 30, ForecasterTests::clean);

        assertThatIllegalArgumentException().isThrownBy(() -> forecaster.forecast(history, 0, 0.8))
                .withMessageContaining("days");
        assertThatIllegalArgumentException().isThrownBy(() -> forecaster.forecast(history, 93, 0.8))
                .withMessageContaining("days");
        assertThatIllegalArgumentException().isThrownBy(() -> forecaster.forecast(history, 7, 1.0))
                .withMessageContaining("confidence");
        assertThat(forecaster.forecast(history, 92, 0.8).points()).hasSize(92);
    }

    @Test
    void fittingFourHundredThirtyDaysIsFast() {
        List<DailyPoint> history = series(0, 430, day -> clean(day) + 30 * Math.sin(day));
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            forecaster.forecast(history, 92, 0.8);
        }

        long millis = Long.MAX_VALUE; // the best of three: the build machine is shared
        for (int attempt = 0; attempt < 3; attempt++) {
            long started = System.nanoTime();
            forecaster.forecast(history, 92, 0.8);
            millis = Math.min(millis, (System.nanoTime() - started) / 1_000_000);
        }

        assertThat(millis).isLessThan(50);
    }

    private static double width(ForecastPoint point) {
        return point.upper().subtract(point.lower()).doubleValue();
    }

    private static ForecastPoint pointOn(Forecast forecast, DayOfWeek dayOfWeek, int occurrence) {
        return forecast.points().stream().filter(point -> point.date().getDayOfWeek() == dayOfWeek)
                .skip(occurrence).findFirst().orElseThrow();
    }
}
