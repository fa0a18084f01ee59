package dev.skyway.portal.compliance;

import java.time.LocalDate;

/** A day's score in a trend, as the daily snapshot recorded it. */
public record TrendPoint(LocalDate day, ScoreCounts counts) {
}
