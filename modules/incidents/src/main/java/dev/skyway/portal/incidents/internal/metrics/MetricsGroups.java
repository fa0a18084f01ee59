package dev.skyway.portal.incidents.internal.metrics;

import java.time.LocalDate;
import java.util.List;

import dev.skyway.portal.incidents.Severity;

/**
 * The incidents of a range summed up twice: per severity and UTC day of detection, and per team; everything the
 * metrics show is a merge of these.
 */
public record MetricsGroups(List<Day> days, List<Team> teams) {

    public record Day(Severity severity, LocalDate day, SpanTotals totals) {
    }

    public record Team(String team, SpanTotals totals) {
    }
}
