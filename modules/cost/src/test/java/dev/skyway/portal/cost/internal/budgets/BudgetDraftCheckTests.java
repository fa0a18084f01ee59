package dev.skyway.portal.cost.internal.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.InvalidCostQueryException;

/** The rules of a budget draft, thresholds and periods, without a database. */
class BudgetDraftCheckTests {

    static BudgetDraft draft(String amount, List<String> thresholds) {
        return new BudgetDraft(" payments monthly ", "team", " payments ", "monthly", new BigDecimal(amount), null,
                null, thresholds);
    }

    @Test
    void aGoodDraftIsTrimmedAndTakesTheDefaultsForWhatIsLeftOut() {
        BudgetSpec spec = BudgetDraftCheck.check(new BudgetDraft("payments monthly", "TEAM", "payments",
                "QUARTERLY", new BigDecimal("1000"), null, null, null), name -> false);

        assertThat(spec.scope()).isEqualTo(new BudgetScope(BudgetScope.Kind.TEAM, "payments"));
        assertThat(spec.period()).isEqualTo(BudgetPeriod.QUARTERLY);
        assertThat(spec.amount().toString()).isEqualTo("1000.00 USD");
        assertThat(spec.metric()).isEqualTo(CostMetric.BilledCost);
        assertThat(spec.thresholds()).isEqualTo(BudgetThreshold.DEFAULTS);

        BudgetSpec trimmed = BudgetDraftCheck.check(draft("12.5", List.of(" forecast : 90 ", "actual:75")),
                name -> false);
        assertThat(trimmed.name()).isEqualTo("payments monthly");
        assertThat(trimmed.scope().value()).isEqualTo("payments");
        assertThat(trimmed.thresholds()).extracting(BudgetThreshold::key).containsExactly("FORECAST:90",
                "ACTUAL:75");
        assertThat(BudgetDraftCheck.check(draft("1", List.of()), name -> false).thresholds()).isEmpty();
    }

    @Test
    void eachProblemIsNamedByItsField() {
        assertThatThrownBy(() -> BudgetDraftCheck.check(draft("0.001", List.of("ACTUAL:80", "ACTUAL:80",
                "ACTUAL:1001")), name -> true)).isInstanceOfSatisfying(InvalidCostQueryException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("name", "amount", "thresholds");
                    assertThat(e.problems().get("name")).isEqualTo("is taken by another budget");
                    assertThat(e.problems().get("thresholds")).contains("'ACTUAL:80' is given twice")
                            .contains("'ACTUAL:1001' is not a threshold");
                });
        assertThatThrownBy(() -> BudgetDraftCheck.check(new BudgetDraft("x", "ACCOUNT", "not an id", "MONTHLY",
                BigDecimal.TEN, "XYZ", "BilledCost", null), name -> false))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e ->
                        assertThat(e.problems()).containsOnlyKeys("scopeValue", "currency"));
        assertThatThrownBy(() -> BudgetDraftCheck.check(new BudgetDraft(null, null, null, null, null, null, null,
                null), name -> false)).isInstanceOfSatisfying(InvalidCostQueryException.class, e ->
                assertThat(e.problems()).containsOnlyKeys("name", "scopeKind", "scopeValue", "period", "amount"));
    }

    @Test
    void periodsAreCalendarMonthsAndQuartersNamedByTheirKey() {
        LocalDate day = LocalDate.parse("2026-11-17");

        assertThat(BudgetPeriod.MONTHLY.start(day)).isEqualTo("2026-11-01");
        assertThat(BudgetPeriod.MONTHLY.end(day)).isEqualTo("2026-12-01");
        assertThat(BudgetPeriod.MONTHLY.key(day)).isEqualTo("2026-11");
        assertThat(BudgetPeriod.QUARTERLY.start(day)).isEqualTo("2026-10-01");
        assertThat(BudgetPeriod.QUARTERLY.end(day)).isEqualTo("2027-01-01");
        assertThat(BudgetPeriod.QUARTERLY.key(day)).isEqualTo("2026-Q4");
        assertThat(BudgetPeriod.QUARTERLY.key(LocalDate.parse("2027-03-31"))).isEqualTo("2027-Q1");
        assertThat(BudgetPeriod.QUARTERLY.start(LocalDate.parse("2027-06-30"))).isEqualTo("2027-04-01");
    }

    @Test
    void aThresholdIsCrossedWhenTheFigureReachesItsShareOfTheAmount() {
        BudgetThreshold eighty = BudgetThreshold.parse("ACTUAL:80");

        assertThat(eighty.of(new BigDecimal("1000"))).isEqualByComparingTo("800");
        assertThat(eighty.crossedBy(new BigDecimal("799.99"), new BigDecimal("1000"))).isFalse();
        assertThat(eighty.crossedBy(new BigDecimal("800.00"), new BigDecimal("1000"))).isTrue();
        assertThat(BudgetThreshold.parseAll("ACTUAL:50,FORECAST:100")).extracting(BudgetThreshold::key)
                .containsExactly("ACTUAL:50", "FORECAST:100");
        assertThat(BudgetThreshold.parseAll("")).isEmpty();
    }
}
