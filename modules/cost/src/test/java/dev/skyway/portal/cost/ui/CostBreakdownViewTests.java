package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * The breakdown page over the two FOCUS fixtures: a URL fills the fields and the grid and comes back unchanged, a
 * click on a group drills down, spend in another currency is pointed to, a range that ends before it starts is
 * refused on its field, and an engineer is told the figures are their team's.
 */
class CostBreakdownViewTests extends CostViewTest {

    @BeforeEach
    void imported() {
        bothFixturesImported();
    }

    CostBreakdownView open(String query) {
        CostBreakdownView view = attached(new CostBreakdownView(reports, clock));
        view.show(QueryParameters.fromString(query));
        return view;
    }

    @Test
    void theUrlFillsTheFieldsAndTheGridAndComesBackUnchanged() {
        String url = "from=2024-10-01&to=2024-10-31&metric=BilledCost&groupBy=SubAccountId&team=payments";

        CostBreakdownView view = open(url);

        assertThat(view.form.from.getValue()).isEqualTo(LocalDate.parse("2024-10-01"));
        assertThat(view.form.to.getValue()).isEqualTo(LocalDate.parse("2024-10-31"));
        assertThat(view.form.metric.getValue()).isEqualTo(CostMetric.BilledCost);
        assertThat(view.form.groupBy.getValue()).isEqualTo("SubAccountId");
        assertThat(view.form.team.getValue()).isEqualTo("payments");
        assertThat(view.result.rows()).extracting(BreakdownRow::key, BreakdownRow::label, r -> r.amount()
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), BreakdownRow::shareText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("382272806015", "payments-prod", "81.01",
                        "100.0 %"));
        assertThat(view.shown().toQueryParameters()).isEqualTo(QueryParameters.fromString(url));
        assertThat(text(view, "breakdown-scope")).isEqualTo("Showing: all accounts");
    }

    @Test
    void clickingAGroupFiltersByItAndGroupsByTheNextDimension() {
        CostBreakdownView view = open("from=2024-10-01&to=2024-10-31&groupBy=team");
        GridTester<?, BreakdownRow> grid = test(view.result.grid);
        int payments = view.result.rows().stream().map(BreakdownRow::key).toList().indexOf("payments");

        grid.clickRow(payments);

        assertThat(view.form.groupBy.getValue()).isEqualTo("SubAccountId");
        assertThat(view.shown().filters()).containsEntry("team", "payments");
        assertThat(view.result.rows()).extracting(BreakdownRow::key).containsExactly("382272806015");

        test(view.result.grid).clickRow(0);

        assertThat(view.form.account.getValue()).isEqualTo("382272806015");
        assertThat(view.form.groupBy.getValue()).isEqualTo("ServiceName");
        assertThat(view.result.rows()).extracting(BreakdownRow::label).containsExactly("Amazon Elastic Compute Cloud");
    }

    @Test
    void spendInAnotherCurrencyIsPointedToAndABackwardRangeIsRefusedOnItsField() {
        CostBreakdownView view = open("from=2024-10-01&to=2024-10-31&groupBy=ProviderName");

        assertThat(view.result.summary.getText()).contains("in USD");
        assertThat(view.result.otherCurrencies.getChildren().filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).singleElement().asString().contains("currency=EUR");

        view.form.to.setValue(LocalDate.parse("2024-09-30"));

        assertThat(view.form.to.isInvalid()).isTrue();
        assertThat(view.form.to.getErrorMessage()).isEqualTo("Must be on or after the first day");
        assertThat(view.result.grid.isVisible()).isFalse();
        assertThat(view.shown()).isNull();
    }

    @Test
    void anEngineerSeesOnlyTheirTeamAndIsToldSo() {
        TestUsers.loginAs("erin", Role.ENGINEER);

        CostBreakdownView view = open("from=2024-10-01&to=2024-10-31&groupBy=team");

        assertThat(text(view, "breakdown-scope")).isEqualTo("Showing: team payments");
        assertThat(view.result.rows()).extracting(BreakdownRow::key).containsExactly("payments");
    }

    @Test
    void aServiceWithinAnAccountDrillsToItsResourcesFromTheKeptLineItems() {
        CostBreakdownView view = open("from=2024-09-01&to=2024-09-30&groupBy=ServiceName&SubAccountId=382272806015");
        int ec2 = view.result.rows().stream().map(BreakdownRow::key).toList()
                .indexOf("Amazon Elastic Compute Cloud");
        assertThat(view.result.lineItems.isVisible()).isFalse();

        test(view.result.grid).clickRow(ec2);

        assertThat(view.form.groupBy.getValue()).isEqualTo("ResourceId");
        assertThat(view.form.service.getValue()).isEqualTo("Amazon Elastic Compute Cloud");
        // the usage of one instance, and the credit and refund that name no resource
        assertThat(view.result.rows()).extracting(BreakdownRow::key, BreakdownRow::label, r -> r.amount()
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60001", "25.35"),
                org.assertj.core.groups.Tuple.tuple("", "(none)", "-28.10"));
        assertThat(view.result.lineItems.isVisible()).isTrue();
        assertThat(view.result.lineItems.getText()).startsWith("Resources come from the kept line items");
        assertThat(view.shown().toQueryParameters()).isEqualTo(QueryParameters.fromString("from=2024-09-01"
                + "&to=2024-09-30&metric=EffectiveCost&groupBy=ResourceId&SubAccountId=382272806015"
                + "&ServiceName=Amazon%20Elastic%20Compute%20Cloud"));

        BreakdownState resources = view.shown();
        test(view.result.grid).clickRow(0);

        assertThat(view.shown()).as("a resource is a leaf").isEqualTo(resources);
        assertThat(view.form.groupBy.getListDataView().getItems()).contains("ResourceId", "SkuId", "x_UsageType");
        assertThat(Dimensions.label(view.form.groupBy.getValue())).isEqualTo("Resource");
    }

    @Test
    void anEngineerIsToldDrillDownNeedsAnAccountOfTheirTeam() {
        TestUsers.loginAs("erin", Role.ENGINEER);

        CostBreakdownView view = open("from=2024-09-01&to=2024-09-30&groupBy=SkuId");

        assertThat(view.form.error.isVisible()).isTrue();
        assertThat(view.form.error.getText()).startsWith("Drill-down needs an account of your team");
        assertThat(view.result.grid.isVisible()).isFalse();

        view.form.account.setValue("382272806015");

        assertThat(view.form.error.isVisible()).isFalse();
        assertThat(view.result.rows()).extracting(BreakdownRow::key).contains("SKUAMA");
        assertThat(text(view, "breakdown-scope")).isEqualTo("Showing: account 382272806015 of team payments");
    }

    private String text(CostBreakdownView view, String id) {
        return $(com.vaadin.flow.component.html.Paragraph.class, view).id(id).getText();
    }
}
