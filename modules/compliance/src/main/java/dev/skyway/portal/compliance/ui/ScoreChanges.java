package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.TrendPoint;

/**
 * How a score moved: today's score against the daily snapshot of a day before. A day without a snapshot takes the
 * closest earlier one (snapshots may skip a day); without any, the change is unknown.
 */
final class ScoreChanges {

    private ScoreChanges() {
    }

    /** Points gained (negative: lost) since {@code day}; absent when either side has no score. */
    static @Nullable Integer since(@Nullable Integer now, List<TrendPoint> points, LocalDate day) {
        if (now == null) {
            return null;
        }
        return points.stream().filter(p -> !p.day().isAfter(day) && p.counts().score() != null)
                .max(Comparator.comparing(TrendPoint::day))
                .map(p -> now - p.counts().score()).orElse(null);
    }
}
