package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The cost of one day in a daily series. */
public record DailyPoint(LocalDate date, BigDecimal amount) {
}
