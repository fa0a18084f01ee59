package dev.skyway.portal.incidents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.DailySeries;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.identity.UserKey;

/** What the incident views decide on their own: the moves offered, durations as read, the cost chart's lines. */
class IncidentUiRulesTests {

    static final java.time.Instant NINE = java.time.Instant.parse("2026-12-03T09:00:00Z");

    static Incident incident() {
        Participant erin = new Participant(UserKey.local("erin"), "Erin");
        return new Incident(java.util.UUID.randomUUID(), 1, "Down", null, IncidentStatus.TRIGGERED, Severity.SEV2,
                Incident.Source.DECLARED, false, List.of("383317268332"), erin, erin,
                IncidentTimestamps.detected(NINE, NINE), 1);
    }

    @Test
    void theLifecycleButtonsOfferOnlyLegalMoves() {
        Incident triggered = incident();
        Incident resolved = triggered.moveTo(IncidentStatus.RESOLVED, NINE);

        assertThat(LifecycleButtons.legalNext(triggered)).containsExactly(IncidentStatus.ACKNOWLEDGED,
                IncidentStatus.MITIGATED, IncidentStatus.RESOLVED);
        assertThat(LifecycleButtons.legalNext(resolved)).containsExactly(IncidentStatus.CLOSED);
        assertThat(LifecycleButtons.legalNext(resolved.moveTo(IncidentStatus.CLOSED, NINE)))
                .isEmpty();
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(IncidentTimes.human(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(IncidentTimes.human(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(IncidentTimes.human(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
        assertThat(IncidentTimes.human(Duration.ofHours(52))).isEqualTo("2 d 4 h");
        assertThat(IncidentTimes.after(null, NINE)).isEmpty();
    }

    @Test
    void theCostChartHasALinePerAccountWithTheImpactMarked() {
        LocalDate first = LocalDate.parse("2026-11-30");
        DailySeries daily = new DailySeries(first, first.plusDays(2), CostMetric.BilledCost, "USD", List.of(
                new DailySeries.Series("total", "Total", BigDecimal.TEN, List.of(
                        new DailySeries.Point(first, new BigDecimal("4.004"), false),
                        new DailySeries.Point(first.plusDays(1), new BigDecimal("6"), true)))), "all accounts");

        String option = CostAroundPanel.option(List.of("383317268332"), List.of(daily), first, first.plusDays(3),
                first.plusDays(1));

        assertThat(option).contains("\"name\":\"383317268332\"").contains("[4.00,6.00,0.00]")
                .contains("\"xAxis\":\"2026-12-01\"").contains("\"name\":\"USD\"");
    }
}
