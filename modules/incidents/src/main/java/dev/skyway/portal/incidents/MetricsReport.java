package dev.skyway.portal.incidents;

import java.time.LocalDate;
import java.util.List;

/**
 * Incident metrics of the incidents detected in {@code [from, to)} (UTC days).
 *
 * @param all                the whole range
 * @param bySeverity         SEV1 to SEV4, each present
 * @param byTeam             by the incident's team (else its first account's owner team, else "Unassigned"), most
 *                           incidents first
 * @param byMonth            each calendar month the range touches, oldest first
 * @param weekly             the count trend: incidents per week (weeks start on Monday), oldest first
 * @param openActionItems    postmortem action items still open (of every incident)
 * @param overdueActionItems of which past their due date
 */
public record MetricsReport(LocalDate from, LocalDate to, MetricsFigures all, List<MetricsFigures> bySeverity,
                            List<MetricsFigures> byTeam, List<MetricsFigures> byMonth, List<WeekCount> weekly,
                            int openActionItems, int overdueActionItems) {

    public MetricsReport {
        bySeverity = List.copyOf(bySeverity);
        byTeam = List.copyOf(byTeam);
        byMonth = List.copyOf(byMonth);
        weekly = List.copyOf(weekly);
    }

    /** How many incidents were detected in the week starting {@code weekOf}, in total and per severity. */
    public record WeekCount(LocalDate weekOf, int count, int sev1, int sev2, int sev3, int sev4) {
    }
}
