package dev.skyway.portal.cost.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

class AnomalyDetectorTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday
    private static final String EC2 = "111111111111 x Amazon EC2";
    private static final String S3 = "111111111111 x Amazon S3";

    private final AnomalyDetector detector = new AnomalyDetector(3.5, new BigDecimal("50"), 28);

    /** 1000 on weekdays and 400 on weekends, give or take 20. */
    private static IntToDoubleFunction weekdaysBusy(long seed) {
        Random random = new Random(seed);
        double[] noise = random.doubles(200).map(u -> 20 * (2 * u - 1)).toArray();
        return day -> (START.plusDays(day).getDayOfWeek().getValue() >= 6 ? 400 : 1000) + noise[day];
    }

    private static List<DailyPoint> series(int days, IntToDoubleFunction amountOfDay) {
        List<DailyPoint> points = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            BigDecimal amount = BigDecimal.valueOf(amountOfDay.applyAsDouble(day)).setScale(2, RoundingMode.HALF_UP);
            points.add(new DailyPoint(START.plusDays(day), amount));
        }
        return points;
    }

    @Test
    void findsAnInjectedSpikeOnItsDayAndKey() {
        IntToDoubleFunction ec2 = weekdaysBusy(1);
        Map<String, List<DailyPoint>> series = Map.of(
                EC2, series(90, day -> ec2.applyAsDouble(day) + (day == 70 ? 600 : 0)),
                S3, series(90, weekdaysBusy(2)));

        List<DetectedAnomaly> anomalies = detector.detect(series, START.plusDays(30), START.plusDays(89));

        assertThat(anomalies).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.date()).isEqualTo(START.plusDays(70));
            assertThat(anomaly.key()).isEqualTo(EC2);
            assertThat(anomaly.expected().doubleValue()).isCloseTo(1000, within(20.0));
            assertThat(anomaly.actual().doubleValue()).isCloseTo(ec2.applyAsDouble(70) + 600, within(0.01));
            assertThat(anomaly.impact()).isEqualByComparingTo(anomaly.actual().subtract(anomaly.expected()));
            assertThat(anomaly.impact().doubleValue()).isCloseTo(600, within(40.0));
            assertThat(anomaly.score()).isGreaterThan(3.5).isLessThan(AnomalyDetector.MAX_SCORE);
            assertThat(anomaly.expected().scale()).isEqualTo(2);
        });
    }

    @Test
    void quietWeekendsWithoutRollupRowsAreNoAnomaly() {
        // weekends cost nothing, so they have no points at all; every Monday jumps back up from 0
        List<DailyPoint> weekdaysOnly = series(120, weekdaysBusy(3)).stream()
                .filter(point -> point.date().getDayOfWeek().getValue() < 6).toList();

        assertThat(detector.detect(Map.of(EC2, weekdaysOnly), START, START.plusDays(119))).isEmpty();
    }

    @Test
    void spikesWorthLessThanTheMinimumImpactAreIgnored() {
        Map<String, List<DailyPoint>> series = Map.of(EC2, series(60, day -> day == 40 ? 240 : 200));

        assertThat(detector.detect(series, START, START.plusDays(59))).isEmpty();
    }

    @Test
    void aRiseOnAFlatSeriesScoresTheMaximum() {
        Map<String, List<DailyPoint>> series = Map.of(EC2, series(60, day -> day == 40 ? 280 : 200));

        assertThat(detector.detect(series, START, START.plusDays(59))).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.date()).isEqualTo(START.plusDays(40));
            assertThat(anomaly.expected()).isEqualByComparingTo("200.00");
            assertThat(anomaly.impact()).isEqualByComparingTo("80.00");
            assertThat(anomaly.score()).isEqualTo(AnomalyDetector.MAX_SCORE);
        });
    }

    @Test
    void whenMostDaysAreEqualTheMeanAbsoluteDeviationStandsIn() {
        // every seventh day costs 130 instead of 100: the median deviation is 0, the mean one 30 / 7
        Map<String, List<DailyPoint>> series = Map.of(EC2,
                series(60, day -> day == 50 ? 300 : day % 7 == 3 ? 130 : 100));

        List<DetectedAnomaly> anomalies = detector.detect(series, START, START.plusDays(59));

        assertThat(anomalies).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.date()).isEqualTo(START.plusDays(50));
            assertThat(anomaly.expected()).isEqualByComparingTo("100.00");
            assertThat(anomaly.score()).isCloseTo(200 / (1.253314 * 30 / 7), within(0.001));
        });
    }

    @Test
    void aDropInCostIsNoAnomaly() {
        Map<String, List<DailyPoint>> series = Map.of(EC2, series(60, day -> day == 40 ? 0 : 200));

        assertThat(detector.detect(series, START, START.plusDays(59))).isEmpty();
    }

    @Test
    void daysWithoutTwoWeeksOfHistoryOrOutsideTheRangeAreNotJudged() {
        Map<String, List<DailyPoint>> series = Map.of(EC2,
                series(60, day -> day == 10 || day == 20 || day == 50 ? 900 : 200));

        List<DetectedAnomaly> anomalies = detector.detect(series, START, START.plusDays(40));

        assertThat(anomalies).extracting(DetectedAnomaly::date).containsExactly(START.plusDays(20));
    }

    @Test
    void largestImpactComesFirst() {
        Map<String, List<DailyPoint>> series = Map.of(
                EC2, series(60, day -> day == 30 ? 500 : 200),
                S3, series(60, day -> day == 45 ? 1200 : day == 35 ? 300 : 100));

        List<DetectedAnomaly> anomalies = detector.detect(series, START, START.plusDays(59));

        assertThat(anomalies).extracting(DetectedAnomaly::key, DetectedAnomaly::impact).containsExactly(
                tuple(S3, new BigDecimal("1100.00")),
                tuple(EC2, new BigDecimal("300.00")),
                tuple(S3, new BigDecimal("200.00")));
    }

    @Test
    void settingsAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AnomalyDetector(0, BigDecimal.ONE, 28))
                .withMessageContaining("threshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new AnomalyDetector(3.5, new BigDecimal("-1"), 28))
                .withMessageContaining("minimumImpact");
        assertThatIllegalArgumentException().isThrownBy(() -> new AnomalyDetector(3.5, BigDecimal.ONE, 6))
                .withMessageContaining("window");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> detector.detect(Map.of(), START.plusDays(1), START))
                .withMessageContaining("after");
    }
}
