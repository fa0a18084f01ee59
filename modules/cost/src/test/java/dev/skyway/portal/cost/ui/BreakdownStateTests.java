package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;

/** The breakdown's URL state: defaults, a round trip, what cannot be read, the query it asks, and drill-downs. */
class BreakdownStateTests {

    static final LocalDate TODAY = LocalDate.parse("2024-10-20");

    @Test
    void withoutParametersItIsThisMonthsEffectiveCostByService() {
        BreakdownState.Parsed parsed = BreakdownState.parse(QueryParameters.empty(), TODAY);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.state()).isEqualTo(new BreakdownState(LocalDate.parse("2024-10-01"),
                LocalDate.parse("2024-10-31"), CostMetric.EffectiveCost, "ServiceName", Map.of(), null, "bar"));
        // the page shows an inclusive end; the facade takes the day after
        assertThat(parsed.state().toQuery().end()).isEqualTo(LocalDate.parse("2024-11-01"));
    }

    @Test
    void everyParameterComesBackUnchanged() {
        QueryParameters url = QueryParameters.fromString("from=2024-09-01&to=2024-09-30&metric=ListCost"
                + "&groupBy=tag:environment&SubAccountId=382272806015&ou=Workloads%2FProd&untagged=true"
                + "&currency=EUR&chart=pie");

        BreakdownState state = BreakdownState.parse(url, TODAY).state();

        assertThat(state.toQueryParameters()).isEqualTo(url);
        CostQuery query = state.toQuery();
        assertThat(query.tagKey()).isEqualTo("environment");
        assertThat(query.filters()).containsExactlyInAnyOrderEntriesOf(Map.of("SubAccountId", "382272806015",
                "ou", "Workloads/Prod", "untagged", "true"));
        assertThat(query.currency()).isEqualTo("EUR");
        assertThat(query.problems()).isEmpty();
    }

    @Test
    void whatCannotBeReadIsNamedAndTheDefaultStandsIn() {
        BreakdownState.Parsed parsed = BreakdownState.parse(QueryParameters.fromString(
                "from=yesterday&metric=Blended&groupBy=colour&bogus=1"), TODAY);

        assertThat(parsed.problems()).containsOnlyKeys("from", "metric", "groupBy");
        assertThat(parsed.problems().get("from")).isEqualTo("'yesterday' is not a date (YYYY-MM-DD)");
        assertThat(parsed.state().from()).isEqualTo(LocalDate.parse("2024-10-01"));
        assertThat(parsed.state().metric()).isEqualTo(CostMetric.EffectiveCost);
        assertThat(parsed.state().groupBy()).isEqualTo("ServiceName");
        assertThat(parsed.state().filters()).isEmpty();
    }

    @Test
    void aDrillDownFiltersByTheGroupAndMovesToTheNextDimensionNotYetFiltered() {
        BreakdownState byTeam = BreakdownState.defaults(TODAY).withFilters(Map.of("SubAccountId", "382272806015"));
        byTeam = new BreakdownState(byTeam.from(), byTeam.to(), byTeam.metric(), "team", byTeam.filters(), null,
                "bar");

        BreakdownState next = byTeam.drillInto(group("payments"));

        // the account is filtered already, so the team's spend goes on by service
        assertThat(next.groupBy()).isEqualTo("ServiceName");
        assertThat(next.filters()).containsExactlyInAnyOrderEntriesOf(Map.of("SubAccountId", "382272806015",
                "team", "payments"));
        // within an account, a service goes on to its resources (the team filter does not narrow line items)
        BreakdownState resources = next.drillInto(group("Amazon Elastic Compute Cloud"));
        assertThat(resources.groupBy()).isEqualTo("ResourceId");
        assertThat(resources.filters()).containsExactlyInAnyOrderEntriesOf(Map.of("SubAccountId", "382272806015",
                "ServiceName", "Amazon Elastic Compute Cloud"));
        assertThat(resources.drillInto(group("i-0a1b2c3d4e5f60001"))).as("resources are leaves").isNull();
        BreakdownState byTag = new BreakdownState(byTeam.from(), byTeam.to(), byTeam.metric(), "tag:app", Map.of(),
                null, "bar");
        assertThat(byTag.drillInto(group("orders"))).isNull();
    }

    @Test
    void aServiceOutsideAnAccountGoesOnByRegionAndLineItemGroupingsComeBackFromTheUrl() {
        BreakdownState byService = BreakdownState.defaults(TODAY);

        assertThat(byService.drillInto(group("Amazon Elastic Compute Cloud")).groupBy()).isEqualTo("RegionId");
        QueryParameters url = QueryParameters.fromString("from=2024-09-01&to=2024-09-30&metric=BilledCost"
                + "&groupBy=x_UsageType&SubAccountId=382272806015");
        BreakdownState.Parsed parsed = BreakdownState.parse(url, TODAY);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.state().toQueryParameters()).isEqualTo(url);
        assertThat(parsed.state().toQuery().isLineItemGroup()).isTrue();
        assertThat(Dimensions.label("SkuId")).isEqualTo("SKU");
        assertThat(Dimensions.choices()).contains("ResourceId", "SkuId", "x_UsageType");
    }

    private static Breakdown.Group group(String key) {
        return new Breakdown.Group(key, key, BigDecimal.TEN);
    }
}
