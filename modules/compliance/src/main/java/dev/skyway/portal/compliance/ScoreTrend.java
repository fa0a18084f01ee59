package dev.skyway.portal.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A score's daily history over a range of days; days without a snapshot are left out.
 *
 * @param frameworkId absent: the score over all controls
 */
public record ScoreTrend(@Nullable UUID frameworkId, TrendScope scope, LocalDate from, LocalDate to,
                         List<TrendPoint> points) {
}
