package dev.skyway.portal.incidents.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;
import dev.skyway.portal.incidents.Severity;

/**
 * The metrics' arithmetic: means over the incidents that reached each step, rounded to the second; negative spans
 * left out; null without data; every severity and month present; weeks start on Monday.
 */
class MetricsMathTests {

    static final Instant NINE = Instant.parse("2026-11-03T09:00:00Z");

    static MeasuredIncident incident(Severity severity, String team, Instant detected, long impactMinutesBefore,
                                     Long ackMinutes, Long mitigatedMinutes, Long resolvedMinutes) {
        return new MeasuredIncident(severity, team, new IncidentTimestamps(
                detected.minus(Duration.ofMinutes(impactMinutesBefore)), detected, after(detected, ackMinutes),
                after(detected, mitigatedMinutes), after(detected, resolvedMinutes), null));
    }

    static Instant after(Instant at, Long minutes) {
        return minutes == null ? null : at.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void meansAreOverTheIncidentsThatReachedEachStep() {
        List<MeasuredIncident> incidents = List.of(
                incident(Severity.SEV2, "payments", NINE, 10, 2L, 30L, 60L),
                incident(Severity.SEV3, "payments", NINE.plusSeconds(3600), 20, 4L, null, null),
                incident(Severity.SEV3, "search", NINE.plusSeconds(7200), 0, null, null, null));

        MetricsFigures all = MetricsMath.figures("all", incidents);

        assertThat(all.count()).isEqualTo(3);
        assertThat(all.mttdSeconds()).isEqualTo(600L); // (600 + 1200 + 0) / 3
        assertThat(all.mttaSeconds()).isEqualTo(180L); // (120 + 240) / 2
        assertThat(all.mttmSeconds()).isEqualTo(1800L);
        assertThat(all.mttrSeconds()).isEqualTo(3600L);
    }

    @Test
    void meansRoundToTheNearestSecondAndLeaveNegativeSpansOut() {
        IncidentTimestamps odd = new IncidentTimestamps(NINE, NINE.plusSeconds(1), NINE.plusSeconds(2), null, null,
                null);
        IncidentTimestamps even = new IncidentTimestamps(NINE, NINE.plusSeconds(2), NINE.plusSeconds(4), null, null,
                null);
        // impact "started" after it was detected: an edited impact start that MTTD leaves out
        IncidentTimestamps edited = new IncidentTimestamps(NINE.plusSeconds(600), NINE, null, null, null, null);

        MetricsFigures figures = MetricsMath.figures("x", List.of(new MeasuredIncident(Severity.SEV4, "t", odd),
                new MeasuredIncident(Severity.SEV4, "t", even), new MeasuredIncident(Severity.SEV4, "t", edited)));

        assertThat(figures.mttdSeconds()).isEqualTo(2L); // (1 + 2) / 2 = 1.5 → 2
        assertThat(figures.mttaSeconds()).isEqualTo(2L); // (1 + 2) / 2
        assertThat(figures.mttmSeconds()).isNull();
    }

    @Test
    void withoutIncidentsEveryMeanIsNullAndEverySeverityAndMonthIsThere() {
        MetricsReport report = MetricsMath.report(LocalDate.parse("2026-10-15"), LocalDate.parse("2026-12-01"),
                List.of(), 0, 0);

        assertThat(report.all().count()).isZero();
        assertThat(report.all().mttdSeconds()).isNull();
        assertThat(report.all().mttrSeconds()).isNull();
        assertThat(report.bySeverity()).extracting(MetricsFigures::key).containsExactly("SEV1", "SEV2", "SEV3",
                "SEV4");
        assertThat(report.byMonth()).extracting(MetricsFigures::key).containsExactly("2026-10", "2026-11");
        assertThat(report.byTeam()).isEmpty();
        assertThat(report.weekly()).first().extracting(MetricsReport.WeekCount::weekOf)
                .isEqualTo(LocalDate.parse("2026-10-12"));
    }

    @Test
    void breakdownsCountPerSeverityTeamMonthAndWeek() {
        List<MeasuredIncident> incidents = List.of(
                incident(Severity.SEV2, "payments", Instant.parse("2026-10-30T10:00:00Z"), 5, 1L, 2L, 3L),
                incident(Severity.SEV3, "payments", Instant.parse("2026-11-02T10:00:00Z"), 5, 1L, 2L, 3L),
                incident(Severity.SEV3, "search", Instant.parse("2026-11-03T10:00:00Z"), 5, 1L, 2L, 3L));

        MetricsReport report = MetricsMath.report(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-09"),
                incidents, 4, 1);

        assertThat(report.bySeverity()).extracting(MetricsFigures::count).containsExactly(0, 1, 2, 0);
        assertThat(report.byTeam()).extracting(MetricsFigures::key, MetricsFigures::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("payments", 2), org.assertj.core.groups.Tuple.tuple("search", 1));
        assertThat(report.byMonth()).extracting(MetricsFigures::count).containsExactly(1, 2);
        assertThat(report.weekly()).extracting(MetricsReport.WeekCount::weekOf, MetricsReport.WeekCount::count,
                        MetricsReport.WeekCount::sev3)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-10-26"), 1, 0),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-02"), 2, 2));
        assertThat(report.openActionItems()).isEqualTo(4);
        assertThat(report.overdueActionItems()).isEqualTo(1);
    }
}
