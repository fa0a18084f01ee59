package dev.skyway.portal.cost.internal.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A daily series with one value per day from {@code start}: points may come unsorted, with gaps (a day without cost
 * has no rollup row, so a gap means 0) and with several points on one day (they add up).
 */
record DenseSeries(LocalDate start, double[] values) {

    static final DenseSeries EMPTY = new DenseSeries(LocalDate.EPOCH, new double[0]);

    /** The series from its first to its last date. */
    static DenseSeries of(List<DailyPoint> points) {
        return of(points, null);
    }

    /**
     * The series from its first date to {@code end} (or to its last date when that is later or {@code end} absent);
     * the days after the last point are 0.
     */
    static DenseSeries of(List<DailyPoint> points, @Nullable LocalDate end) {
        if (points.isEmpty()) {
            return EMPTY;
        }
        LocalDate first = points.getFirst().date();
        LocalDate last = end == null ? first : end;
        for (DailyPoint point : points) {
            first = point.date().isBefore(first) ? point.date() : first;
            last = point.date().isAfter(last) ? point.date() : last;
        }
        double[] values = new double[Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1)];
        for (DailyPoint point : points) {
            values[(int) ChronoUnit.DAYS.between(first, point.date())] += point.amount().doubleValue();
        }
        return new DenseSeries(first, values);
    }

    int length() {
        return values.length;
    }

    LocalDate dateAt(int index) {
        return start.plusDays(index);
    }

    int indexOf(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(start, date));
    }

    boolean isNonNegative() {
        for (double value : values) {
            if (value < 0) {
                return false;
            }
        }
        return true;
    }
}
