package dev.skyway.portal.cost.internal.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.notify.Notification;

/** What a budget alert says, and to whom. */
class BudgetMessagesTests {

    static StoredBudget budget(String createdBy) {
        return new StoredBudget(UUID.randomUUID(), new BudgetSpec("payments-monthly",
                new BudgetScope(BudgetScope.Kind.TEAM, "payments"), BudgetPeriod.MONTHLY,
                Money.of("1000", "USD"), CostMetric.BilledCost, BudgetThreshold.DEFAULTS), Budget.Source.PORTAL, null,
                createdBy, 1);
    }

    static BudgetStatus status(String actual, String forecast) {
        return new BudgetStatus("2026-12", LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"),
                new BigDecimal(actual), forecast == null ? null : new BigDecimal(forecast),
                BudgetStatus.percent(new BigDecimal(actual), new BigDecimal("1000")), List.of(),
                BudgetStatus.FROM_ROLLUPS);
    }

    @Test
    void anActualAlertSaysHowMuchOfTheBudgetIsUsed() {
        Notification alert = BudgetMessages.alert(budget("fay@example.com"), status("812.40", "1050"),
                BudgetThreshold.parse("ACTUAL:80"), "https://portal.example.com/cost/budgets");

        assertThat(alert.subject()).isEqualTo("Budget payments-monthly: 80% of USD 1,000.00 used (USD 812.40)");
        assertThat(alert.recipients()).containsExactly("fay@example.com");
        assertThat(alert.link()).isEqualTo("https://portal.example.com/cost/budgets");
        assertThat(alert.body()).contains("Team payments, monthly budget of USD 1,000.00 in BilledCost for 2026-12")
                .contains("Spent so far: USD 812.40 (81.2%)").contains("Forecast for the period: USD 1,050.00")
                .contains("Threshold reached: ACTUAL:80");
    }

    @Test
    void aForecastAlertSaysWhereTheForecastLandsAndACreatorWithoutEmailGetsNoMail() {
        Notification alert = BudgetMessages.alert(budget("account-vending"), status("300", "1050"),
                BudgetThreshold.parse("FORECAST:100"), "/cost/budgets");

        assertThat(alert.subject()).isEqualTo("Budget payments-monthly: forecast USD 1,050.00 reaches 100% of "
                + "USD 1,000.00");
        assertThat(alert.recipients()).isEmpty();
        assertThat(BudgetMessages.money(new BigDecimal("1234"), Currency.getInstance("JPY"))).isEqualTo("JPY 1,234");
    }
}
