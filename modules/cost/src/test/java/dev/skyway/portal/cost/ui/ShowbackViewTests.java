package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.CostAllocation;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * The showback page over the two FOCUS fixtures (September 2024 from FOCUS 1.0, October 2024 in USD and EUR from
 * FOCUS 1.2; payments-prod is team payments, checkout-prod checkout, the management account platform) plus one day
 * of spend no team is allocated: finance sees every team with direct and shared cost and the unallocated row last,
 * the URL fills the pickers and comes back unchanged, the current month is month to date and compares with the one
 * before, an engineer sees their team with its budget and is told so, and a month without cost says what to do.
 */
class ShowbackViewTests extends CostViewTest {

    @Autowired
    CostAllocation allocation;

    @Autowired
    CostBudgets budgets;

    @BeforeEach
    void imported() {
        cleanUp();
        bothFixturesImported();
        // September 15: spend of an account outside the inventory, without a team tag: nobody's
        jdbc.update("insert into cost.daily_cost (charge_date, period, provider_name, billing_account_id, "
                + "sub_account_id, service_name, region_id, charge_category, team_source, currency, billed_cost, "
                + "effective_cost, list_cost, contracted_cost, line_items) values (date '2024-09-15', '2024-09', "
                + "'AWS', '111122223333', '999999999999', 'Amazon Simple Storage Service', 'us-east-1', 'Usage', "
                + "'NONE', 'USD', 4, 4, 4, 4, 1)");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from cost.shared_cost_rule");
        jdbc.update("delete from cost.budget_alert");
        jdbc.update("delete from cost.budget");
    }

    ShowbackView open(String query) {
        ShowbackView view = attached(new ShowbackView(reports, budgets, currentUser, clock));
        view.show(QueryParameters.fromString(query));
        return view;
    }

    @Test
    void financeSeesEveryTeamWithItsSharedCostsAndTheUnallocatedSpendLast() throws Exception {
        allocation.addSharedRule("Tax", "CHARGE_CATEGORY", "Tax", "EVEN", null);
        String url = "month=2024-09&metric=EffectiveCost";

        ShowbackView view = open(url);

        assertThat(view.month.getValue()).isEqualTo(YearMonth.of(2024, 9));
        assertThat(view.metric.getValue()).isEqualTo(CostMetric.EffectiveCost);
        assertThat(view.shown().toQueryParameters()).isEqualTo(QueryParameters.fromString(url));
        // Tax (18.50) in three equal parts for the teams with direct cost; the unallocated spend takes no part
        assertThat(rows(view)).extracting(ShowbackRow::label, r -> cents(r.direct()), r -> cents(r.shared()),
                r -> cents(r.total()), ShowbackRow::shareText).containsExactly(
                tuple("platform", "100.00", "6.17", "106.17", "83.6 %"),
                tuple("checkout", "7.27", "6.17", "13.44", "10.6 %"),
                tuple("payments", "-2.73", "6.17", "3.44", "2.7 %"),
                tuple("Unallocated / untagged", "4.00", "0.00", "4.00", "3.1 %"));
        assertThat(rows(view).getFirst().sharedRules()).isEqualTo("Tax (even) $6.17");
        assertThat(rows(view)).allSatisfy(r -> assertThat(r.changeText()).as("August has no cost").isEqualTo("—"));
        assertThat(view.result.summary.getText()).isEqualTo("Effective (amortized) cost in USD, September 2024: "
                + "total $127.04 over 3 teams, of which $4.00 is allocated to no team.");
        assertThat(view.result.pools.getText()).startsWith("Shared costs split across the teams: Tax (even) $18.50.");
        assertThat(view.result.monthToDate.isVisible()).isFalse();
        assertThat(text(view, "showback-scope")).isEqualTo("Showing: all accounts. Finance and platform admins see "
                + "every team, and the spend allocated to none.");

        assertBreakdown(ShowbackGrid.breakdownHref(rows(view).get(2), view.shown()),
                "from=2024-09-01&to=2024-09-30&metric=EffectiveCost&groupBy=ServiceName&team=payments");
        assertBreakdown(ShowbackGrid.breakdownHref(rows(view).get(3), view.shown()),
                "from=2024-09-01&to=2024-09-30&metric=EffectiveCost&groupBy=SubAccountId&team=");
        assertThat(((Anchor) view.result.exports.getComponentAt(1)).getHref())
                .isEqualTo("api/v1/cost/export/focus?start=2024-09-01&end=2024-10-01");
        StringWriter csv = new StringWriter();
        ShowbackGrid.csv(view.shown()).write(rows(view).stream(), csv);
        assertThat(csv.toString().lines().toList()).hasSize(5).first().isEqualTo("month,team,label,metric,currency,"
                + "direct,shared,shared rules,total,previous month total,change,change %,share %,budgets");
        assertThat(csv.toString().lines().toList().get(1)).isEqualTo("2024-09,platform,platform,EffectiveCost,USD,"
                + "100.00,6.17,Tax (even) $6.17,106.17,,,,83.6,");
        assertThat(view.result.option).contains("\"Unallocated / untagged\"", "\"stack\":\"total\"");
    }

    @Test
    void withoutAMonthItIsTheLastFullOneAndTheCurrentMonthIsMonthToDateAgainstTheMonthBefore() {
        ShowbackView view = open("");

        assertThat(view.month.getValue()).as("today is 2024-10-20").isEqualTo(YearMonth.of(2024, 9));
        assertThat(view.month.getItemLabelGenerator().apply(YearMonth.of(2024, 10)))
                .isEqualTo("October 2024 · month to date (estimated)");
        assertThat(view.month.getItemLabelGenerator().apply(YearMonth.of(2024, 9))).isEqualTo("September 2024");

        view.month.setValue(YearMonth.of(2024, 10));

        assertThat(view.shown()).isEqualTo(new ShowbackState(YearMonth.of(2024, 10), CostMetric.EffectiveCost));
        assertThat(view.result.monthToDate.isVisible()).isTrue();
        assertThat(view.result.monthToDate.getText()).startsWith("Month to date, estimated: October 2024 is not "
                + "over").endsWith("compares it with the whole of September 2024.");
        assertThat(rows(view)).extracting(ShowbackRow::label, r -> cents(r.total()), ShowbackRow::changeText)
                .containsExactly(tuple("payments", "77.60", "+$80.33 (+2941.2 %)"),
                        tuple("checkout", "11.00", "+$3.73 (+51.2 %)"),
                        tuple("platform", "9.99", "−$108.51 (−91.6 %)"));
        assertThat(view.result.grid.getColumns().get(4).getHeaderText()).isEqualTo("Change vs Sep 2024");
        // the EUR spend of team data is not summed in: the breakdown shows it
        assertThat(view.result.otherCurrencies.isVisible()).isTrue();
        assertThat(view.result.otherCurrencies.getChildren().filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).singleElement().asString()
                .contains("groupBy=team", "currency=EUR", "from=2024-10-01");
    }

    @Test
    void anEngineerSeesTheirTeamWithItsBudgetAndIsToldSo() {
        budgets.create(new BudgetDraft("payments-monthly", "TEAM", "payments", "MONTHLY", new BigDecimal("100"),
                "USD", "BilledCost", null));
        budgets.create(new BudgetDraft("checkout-monthly", "TEAM", "checkout", "MONTHLY", new BigDecimal("100"),
                "USD", "BilledCost", null));
        TestUsers.loginAs("erin", Role.ENGINEER);

        ShowbackView view = open("month=2024-10&metric=BilledCost");

        assertThat(rows(view)).extracting(ShowbackRow::label).containsExactly("payments");
        assertThat(rows(view).getFirst().budgets()).extracting(b -> b.name()).containsExactly("payments-monthly");
        var badge = ShowbackGrid.budgetBadge(rows(view).getFirst().budgets().getFirst());
        assertThat(badge.getText()).isEqualTo("81.0 % used · 2024-10");
        assertThat(badge.getElement().getAttribute("title")).startsWith("Budget payments-monthly: $81.01 of "
                + "$100.00 spent in 2024-10");
        assertThat(rows(view).getFirst().shareText()).isEqualTo("100.0 %");
        assertThat(text(view, "showback-scope")).isEqualTo("Showing: team payments. You see the teams you belong "
                + "to or lead; finance and platform admins see every team.");
        assertThat(view.result.pools.isVisible()).isFalse();

        ShowbackView september = open("month=2024-09");
        assertThat(rows(september)).as("no unallocated row outside finance").extracting(ShowbackRow::label)
                .containsExactly("payments");
    }

    @Test
    void aMonthWithoutCostShowsTheEmptyStateWithTheWayToTheImportsForFinanceOnly() {
        ShowbackView view = open("month=2024-06");

        assertThat(view.result.grid.isVisible()).isFalse();
        assertThat(view.result.chart.isVisible()).isFalse();
        assertThat(view.result.empty.isVisible()).isTrue();
        assertThat(view.result.empty.getElement().getTextRecursively()).contains("No cost for June 2024");
        assertThat(anchors(view.result.empty)).containsExactly(CostLinks.IMPORTS);

        TestUsers.loginAs("erin", Role.ENGINEER);
        ShowbackView engineer = open("month=2024-06");
        assertThat(engineer.result.empty.getElement().getTextRecursively())
                .contains("Nothing is allocated to your teams in June 2024");
        assertThat(anchors(engineer.result.empty)).isEmpty();
    }

    @Test
    void aMonthTheUrlCannotMeanIsSaidOnThePickerAndTheDefaultShown() {
        ShowbackView view = open("month=2024-13&metric=Cheapest");

        assertThat(view.month.isInvalid()).isTrue();
        assertThat(view.month.getErrorMessage()).isEqualTo("'2024-13' is not a month (YYYY-MM); showing September "
                + "2024.");
        assertThat(view.metric.isInvalid()).isTrue();
        assertThat(view.shown()).isEqualTo(new ShowbackState(YearMonth.of(2024, 9), CostMetric.EffectiveCost));

        ShowbackView future = open("month=2024-11");
        assertThat(future.month.getErrorMessage()).startsWith("2024-11 has not begun yet");
    }

    private static List<ShowbackRow> rows(ShowbackView view) {
        return view.result.grid.rows();
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void assertBreakdown(String href, String query) {
        assertThat(href).startsWith(CostLinks.BREAKDOWN + "?");
        assertThat(QueryParameters.fromString(href.substring(href.indexOf('?') + 1)))
                .isEqualTo(QueryParameters.fromString(query));
    }

    private List<String> anchors(com.vaadin.flow.component.Component root) {
        return $(Anchor.class, root).all().stream().map(Anchor::getHref).toList();
    }

    private String text(ShowbackView view, String id) {
        return $(Paragraph.class, view).id(id).getText();
    }
}
