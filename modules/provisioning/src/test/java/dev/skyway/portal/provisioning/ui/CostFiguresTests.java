package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;

/** The words for estimate against actual: unknown is said, never shown as $0; periods and finality are named. */
class CostFiguresTests {

    static final Money ESTIMATE = Money.of("120", "USD");

    @Test
    void anUnknownActualIsNotKnownYetAndSaysWhy() {
        assertThat(CostFigures.comparison(ESTIMATE, null, false))
                .isEqualTo("Estimate $120.00/month · Actual not known yet (cost data is not connected)");
        assertThat(CostFigures.comparison(null, null, true))
                .isEqualTo("Estimate unknown (no cost model) · Actual not known yet (no cost data for it so far)");
        assertThat(CostFigures.cell(ESTIMATE, null)).isEqualTo("$120.00 / not known yet");
        assertThat(CostFigures.accuracy(Optional.empty())).isEqualTo("not known yet (cost data is not connected)");
        assertThat(CostFigures.accuracy(Optional.of(EstimateAccuracy.NO_HISTORY))).startsWith("no history yet");
    }

    @Test
    void aKnownActualNamesItsPeriodFinalityAndRatio() {
        ActualCost projected = new ActualCost(Money.of("90.00", "USD"), ActualCost.Basis.PROJECTED,
                LocalDate.parse("2026-05-11"), LocalDate.parse("2026-05-20"), 10, ActualCost.Status.OPEN,
                "EffectiveCost");
        assertThat(CostFigures.comparison(ESTIMATE, projected, true)).isEqualTo("Estimate $120.00/month · Actual "
                + "$90.00/month (projected from 10 days to 20 May 2026, may still change) · 75% of the estimate");
        assertThat(CostFigures.cell(ESTIMATE, projected)).isEqualTo("$120.00 / $90.00 (75%)");
        ActualCost euros = new ActualCost(Money.of("80", "EUR"), ActualCost.Basis.LAST_30_DAYS,
                LocalDate.parse("2026-04-21"), LocalDate.parse("2026-05-20"), 30, ActualCost.Status.ESTIMATED,
                "EffectiveCost");
        assertThat(CostFigures.comparison(ESTIMATE, euros, true)).as("no ratio across currencies")
                .isEqualTo("Estimate $120.00/month · Actual €80.00/month (last 30 days to 20 May 2026, estimated by "
                        + "the source)");
    }

    @Test
    void oneResourceIsSingular() {
        EstimateAccuracy one = new EstimateAccuracy(1, Money.of("10", "USD"), Money.of("12", "USD"),
                java.util.List.of());
        assertThat(CostFigures.accuracy(Optional.of(one)))
                .isEqualTo("actual was 120% of estimates over 1 resource in the last 90 days.");
    }
}
