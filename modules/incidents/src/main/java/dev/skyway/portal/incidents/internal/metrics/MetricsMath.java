package dev.skyway.portal.incidents.internal.metrics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.IncidentTimestamps;
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
        List<MetricsFigures> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            bySeverity.add(figures(severity.name(), incidents.stream().filter(i -> i.severity() == severity)
                    .toList()));
        }
        Map<String, List<MeasuredIncident>> teams = incidents.stream().collect(Collectors.groupingBy(
                MeasuredIncident::team, LinkedHashMap::new, Collectors.toList()));
        List<MetricsFigures> byTeam = teams.entrySet().stream().map(e -> figures(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(MetricsFigures::count).reversed()
                        .thenComparing(MetricsFigures::key)).toList();
        List<MetricsFigures> byMonth = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
            YearMonth month = m;
            byMonth.add(figures(month.toString(), incidents.stream()
                    .filter(i -> YearMonth.from(day(i)).equals(month)).toList()));
        }
        return new MetricsReport(from, to, figures(ALL, incidents), bySeverity, byTeam, byMonth,
                weekly(from, to, incidents), openActionItems, overdueActionItems);
    }

    public static MetricsFigures figures(String key, List<MeasuredIncident> incidents) {
        return new MetricsFigures(key, incidents.size(),
                mean(incidents, t -> span(t.impactStartedAt(), t.detectedAt())),
                mean(incidents, t -> span(t.detectedAt(), t.acknowledgedAt())),
                mean(incidents, t -> span(t.detectedAt(), t.mitigatedAt())),
                mean(incidents, t -> span(t.detectedAt(), t.resolvedAt())));
    }

    static List<MetricsReport.WeekCount> weekly(LocalDate from, LocalDate to, List<MeasuredIncident> incidents) {
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (LocalDate week = monday(from); week.isBefore(to); week = week.plusWeeks(1)) {
            weeks.put(week, new int[Severity.values().length]);
        }
        for (MeasuredIncident incident : incidents) {
            int[] counts = weeks.get(monday(day(incident)));
            if (counts != null) {
                counts[incident.severity().ordinal()]++;
            }
        }
        return weeks.entrySet().stream().map(e -> {
            int[] c = e.getValue();
            return new MetricsReport.WeekCount(e.getKey(), c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]);
        }).toList();
    }

    private static @Nullable Long mean(List<MeasuredIncident> incidents,
                                       Function<IncidentTimestamps, @Nullable Duration> span) {
        long sum = 0;
        int n = 0;
        for (MeasuredIncident incident : incidents) {
            Duration d = span.apply(incident.timestamps());
            if (d != null && !d.isNegative()) {
                sum += d.toSeconds();
                n++;
            }
        }
        return n == 0 ? null : Math.round((double) sum / n);
    }

    private static @Nullable Duration span(@Nullable Instant start, @Nullable Instant end) {
        return start == null || end == null ? null : Duration.between(start, end);
    }

    private static LocalDate day(MeasuredIncident incident) {
        return LocalDate.ofInstant(incident.timestamps().detectedAt(), ZoneOffset.UTC);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
