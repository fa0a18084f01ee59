package dev.skyway.portal.incidents.internal.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;
import dev.skyway.portal.incidents.Severity;

/**
 * The arithmetic of incident metrics, without a database: each mean is over the incidents that have both of its
 * times (a negative span, e.g. an impact start edited to after detection, is left out), rounded to the nearest
 * second; every severity and every month of the range is present even with no incidents.
 */
public final class MetricsMath {

    public static final String ALL = "all";

    private MetricsMath() {
    }

    public static MetricsReport report(LocalDate from, LocalDate to, List<MeasuredIncident> incidents,
                                       int openActionItems, int overdueActionItems) {
        return report(from, to, groups(incidents), openActionItems, overdueActionItems);
    }

    public static MetricsReport report(LocalDate from, LocalDate to, MetricsGroups groups, int openActionItems,
                                       int overdueActionItems) {
        List<MetricsFigures> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            bySeverity.add(merge(groups.days().stream().filter(d -> d.severity() == severity)
                    .map(MetricsGroups.Day::totals).toList()).figures(severity.name()));
        }
        Map<String, SpanTotals> teams = new LinkedHashMap<>();
        groups.teams().forEach(t -> teams.computeIfAbsent(t.team(), k -> new SpanTotals()).add(t.totals()));
        List<MetricsFigures> byTeam = teams.entrySet().stream().map(e -> e.getValue().figures(e.getKey()))
                .sorted(Comparator.comparingInt(MetricsFigures::count).reversed()
                        .thenComparing(MetricsFigures::key)).toList();
        List<MetricsFigures> byMonth = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
            YearMonth month = m;
            byMonth.add(merge(groups.days().stream().filter(d -> YearMonth.from(d.day()).equals(month))
                    .map(MetricsGroups.Day::totals).toList()).figures(month.toString()));
        }
        return new MetricsReport(from, to, merge(groups.days().stream().map(MetricsGroups.Day::totals).toList())
                .figures(ALL), bySeverity, byTeam, byMonth, weekly(from, to, groups.days()), openActionItems,
                overdueActionItems);
    }

    public static MetricsFigures figures(String key, List<MeasuredIncident> incidents) {
        SpanTotals totals = new SpanTotals();
        incidents.forEach(i -> totals.add(i.timestamps()));
        return totals.figures(key);
    }

    /** What the database sums up, summed up in Java: for tests and small lists. */
    static MetricsGroups groups(List<MeasuredIncident> incidents) {
        Map<Severity, Map<LocalDate, SpanTotals>> days = new LinkedHashMap<>();
        Map<String, SpanTotals> teams = new LinkedHashMap<>();
        for (MeasuredIncident incident : incidents) {
            days.computeIfAbsent(incident.severity(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(day(incident), d -> new SpanTotals()).add(incident.timestamps());
            teams.computeIfAbsent(incident.team(), t -> new SpanTotals()).add(incident.timestamps());
        }
        List<MetricsGroups.Day> dayGroups = new ArrayList<>();
        days.forEach((severity, byDay) -> byDay.forEach((day, totals) -> dayGroups.add(
                new MetricsGroups.Day(severity, day, totals))));
        return new MetricsGroups(dayGroups, teams.entrySet().stream()
                .map(e -> new MetricsGroups.Team(e.getKey(), e.getValue())).toList());
    }

    static List<MetricsReport.WeekCount> weekly(LocalDate from, LocalDate to, List<MetricsGroups.Day> days) {
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (LocalDate week = monday(from); week.isBefore(to); week = week.plusWeeks(1)) {
            weeks.put(week, new int[Severity.values().length]);
        }
        for (MetricsGroups.Day day : days) {
            int[] counts = weeks.get(monday(day.day()));
            if (counts != null) {
                counts[day.severity().ordinal()] += day.totals().count();
            }
        }
        return weeks.entrySet().stream().map(e -> {
            int[] c = e.getValue();
            return new MetricsReport.WeekCount(e.getKey(), c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]);
        }).toList();
    }

    private static SpanTotals merge(List<SpanTotals> parts) {
        SpanTotals total = new SpanTotals();
        parts.forEach(total::add);
        return total;
    }

    private static LocalDate day(MeasuredIncident incident) {
        return LocalDate.ofInstant(incident.timestamps().detectedAt(), ZoneOffset.UTC);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
