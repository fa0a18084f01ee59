package dev.skyway.portal.platform.audit;

import java.time.LocalDate;

/** Number of ledger entries on one day (in the viewer's time zone). */
public record DailyCount(LocalDate day, long count) {
}
