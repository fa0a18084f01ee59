package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * The overview over the two FOCUS fixtures on 2024-10-20: the headline figures in the chosen metric, the trend
 * chart with the forecast and its band, the top movers, the freshness of each billing period, and the empty state
 * (with the import link only for those who may import).
 */
class CostOverviewViewTests extends CostViewTest {

    @Test
    void showsTheMonthsFiguresTheTrendTheMoversAndHowFinalEachPeriodIs() {
        bothFixturesImported();

        CostOverviewView view = attached(new CostOverviewView(insights, reports, currentUser));

        assertThat(view.metric.getValue()).isEqualTo(CostMetric.EffectiveCost);
        assertThat(text(view, "cost-scope")).isEqualTo("Showing: all accounts");
        // October 1-19 in USD: EC2 38.50 + 39.10, DynamoDB 11.00, tax 9.99; September 1-19: 123.04
        assertThat(view.kpis.monthToDate.getText()).isEqualTo("$98.59");
        assertThat(view.kpis.change.getText()).isEqualTo("−19.9 %");
        assertThat(view.kpis.change.getElement().getAttribute("data-direction")).isEqualTo("down");
        assertThat(view.kpis.lastMonth.getText()).isEqualTo("$123.04");
        assertThat(view.kpis.forecast.getText()).startsWith("$");

        JsonNode option = JsonMapper.builder().build().readTree(view.trend.option);
        assertThat(option.get("series").valueStream().map(s -> s.get("name").asString()))
                .contains("Amazon Elastic Compute Cloud", "Amazon DynamoDB", "Tax", TrendChart.FORECAST,
                        TrendChart.INTERVAL);
        // the axis runs from 90 days back to the month's end, the forecast filling the days after the actuals
        assertThat(option.get("xAxis").get("data").get(0).asString()).isEqualTo("2024-07-22");
        assertThat(option.get("xAxis").get("data").get(option.get("xAxis").get("data").size() - 1).asString())
                .isEqualTo("2024-10-31");
        assertThat(view.trend.accuracy.getText()).startsWith("Backtest error (MAPE): ");

        assertThat(view.movers.movers).extracting(TopMovers.Mover::label).containsExactly("AWS Support (Business)",
                "Amazon Elastic Compute Cloud", "Amazon DynamoDB", "Tax", "Amazon Relational Database Service");

        assertThat(view.freshness.grid.getDataProvider().fetch(new Query<>()).toList())
                .extracting(CostOverview.Period::period, CostOverview.Period::providerName,
                        CostOverview.Period::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2024-10", "AWS", "OPEN"),
                        org.assertj.core.groups.Tuple.tuple("2024-10", "Microsoft", "OPEN"),
                        org.assertj.core.groups.Tuple.tuple("2024-09", "AWS", "FINAL"));
        assertThat(view.empty).isNull();
    }

    @Test
    void switchingTheMetricShowsBilledCost() {
        bothFixturesImported();
        CostOverviewView view = attached(new CostOverviewView(insights, reports, currentUser));

        view.metric.setValue(CostMetric.BilledCost);

        // October 1-19 billed: 40.01 + 41.00 + 11.00 + 9.99
        assertThat(view.kpis.monthToDate.getText()).isEqualTo("$102.00");
    }

    @Test
    void withoutCostDataFinanceIsSentToTheImportsAndEngineersAreToldWhatTheySee() {
        noCostData();

        CostOverviewView finance = attached(new CostOverviewView(insights, reports, currentUser));

        assertThat(finance.empty).isNotNull();
        assertThat(finance.kpis).isNull();
        assertThat(finance.empty.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .map(Anchor::getHref)).containsExactly("cost/imports");

        TestUsers.loginAs("erin", Role.ENGINEER);
        CostOverviewView engineer = attached(new CostOverviewView(insights, reports, currentUser));

        assertThat(text(engineer, "cost-scope")).isEqualTo("Showing: team payments");
        assertThat(engineer.empty.getChildren().anyMatch(Anchor.class::isInstance)).isFalse();
    }

    private String text(CostOverviewView view, String id) {
        return $(com.vaadin.flow.component.html.Paragraph.class, view).id(id).getText();
    }
}
