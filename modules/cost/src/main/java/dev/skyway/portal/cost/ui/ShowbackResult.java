package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.skyway.portal.cost.Showback;
import dev.skyway.portal.platform.ui.kit.EChart;
import dev.skyway.portal.platform.ui.kit.EmptyState;

/**
 * A showback's answer: what the figures are (metric, currency, month, whether it is still month to date), spend in
 * other currencies pointed to, how the shared costs were split, the chart of totals per team, the exports, and the
 * grid; or, when the month has no cost, what to do about it.
 */
final class ShowbackResult extends Div {

    final Paragraph summary = new Paragraph();
    final Paragraph monthToDate = new Paragraph();
    final Div otherCurrencies = new Div();
    final Paragraph pools = new Paragraph();
    final EChart chart = new EChart();
    final ShowbackGrid grid = new ShowbackGrid();
    final HorizontalLayout exports = new HorizontalLayout();
    final Div empty = new Div();
    String option = "{}";

    ShowbackResult() {
        setId("showback-result");
        summary.setId("showback-summary");
        monthToDate.setId("showback-month-to-date");
        monthToDate.getElement().getThemeList().add("badge contrast");
        monthToDate.getStyle().set("display", "inline-block").set("margin", "0 0 var(--lumo-space-s)");
        otherCurrencies.setId("showback-other-currencies");
        pools.setId("showback-pools");
        List.of(otherCurrencies, pools).forEach(c -> c.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)"));
        chart.setId("showback-chart");
        exports.setId("showback-exports");
        exports.getStyle().set("margin", "var(--lumo-space-s) 0").set("gap", "var(--lumo-space-l)");
        empty.setId("showback-empty");
        add(summary, monthToDate, otherCurrencies, pools, chart, exports, grid, empty);
    }

    /**
     * Lays out {@code showback} as {@code rows}; {@code mayImport} (finance, platform admins) offers the way to the
     * imports and says when there are no shared-cost rules.
     */
    void show(Showback showback, List<ShowbackRow> rows, ShowbackState state, LocalDate today, boolean mayImport) {
        boolean any = !rows.isEmpty();
        String month = ShowbackState.name(state.month());
        BigDecimal total = rows.stream().map(ShowbackRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        long teams = rows.stream().filter(r -> !r.unallocated()).count();
        summary.setText(CostText.metric(showback.metric()) + " cost in " + showback.currency() + ", " + month
                + ": total " + CostText.money(total, showback.currency()) + " over " + teams
                + (teams == 1 ? " team" : " teams") + unallocated(rows, showback.currency()) + ".");
        monthToDate.setText("Month to date, estimated: " + month + " is not over, so its figures grow until it "
                + "closes (and AWS may restate them for about two weeks after). The change compares it with the "
                + "whole of " + ShowbackState.name(state.month().minusMonths(1)) + ".");
        monthToDate.setVisible(any && state.monthToDate(today));
        showOtherCurrencies(showback, state);
        pools.setText(poolsText(showback, mayImport));
        pools.setVisible(any && !pools.getText().isEmpty());
        option = ShowbackChart.option(rows, showback.currency());
        chart.setOption(option);
        chart.setHeight(ShowbackChart.height(rows.size()));
        grid.show(rows, state);
        exports.removeAll();
        exports.add(grid.csvLink(state), focusLink(state));
        List.of(summary, chart, exports, grid).forEach(c -> c.setVisible(any));
        empty.removeAll();
        empty.add(emptyState(showback, month, mayImport));
        empty.setVisible(!any);
    }

    private static String unallocated(List<ShowbackRow> rows, String currency) {
        return rows.stream().filter(ShowbackRow::unallocated).findFirst()
                .map(r -> ", of which " + CostText.money(r.total(), currency) + " is allocated to no team")
                .orElse("");
    }

    /** Finance sees each shared-cost pool; the others see their part of each in the grid. */
    private static String poolsText(Showback showback, boolean finance) {
        if (showback.pools().isEmpty()) {
            return finance ? "No shared-cost rules yet: each team is charged what is allocated to it. Finance adds "
                    + "rules for support, tax or shared accounts through /api/v1/cost/shared-cost-rules." : "";
        }
        return "Shared costs split across the teams: " + showback.pools().stream().map(p -> p.rule() + " ("
                + p.method().toLowerCase(Locale.ROOT) + ") " + CostText.money(p.amount(), showback.currency()))
                .collect(Collectors.joining(" · ")) + ". Even: equal parts for every team with direct cost; "
                + "proportional: by direct cost; fixed: by finance's percentages.";
    }

    private void showOtherCurrencies(Showback showback, ShowbackState state) {
        otherCurrencies.removeAll();
        otherCurrencies.setVisible(!showback.otherCurrencies().isEmpty());
        if (showback.otherCurrencies().isEmpty()) {
            return;
        }
        // currencies are never summed: the breakdown shows each on its own
        otherCurrencies.add(new Span("Spend in " + String.join(", ", showback.otherCurrencies())
                + " is not included (currencies are never summed): "));
        showback.otherCurrencies().forEach(c -> otherCurrencies.add(CostLinks.anchor("by team in " + c,
                CostLinks.with(CostLinks.BREAKDOWN, new BreakdownState(state.month().atDay(1),
                        state.month().atEndOfMonth(), state.metric(), "team", Map.of(), c, BreakdownState.BAR)
                        .toQueryParameters())), new Span(" ")));
    }

    /** The allocated rollups of the month as FOCUS 1.2 (the team in x_Team), from the REST API. */
    static Anchor focusLink(ShowbackState state) {
        Anchor link = new Anchor(focusHref(state), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" Export FOCUS 1.2 CSV (allocated)"));
        link.setId("showback-focus-export");
        link.setRouterIgnore(true);
        link.setDownload(true);
        link.getElement().setAttribute("title", "The month's allocated daily rollups in FOCUS 1.2 columns, with "
                + "the team in x_Team");
        return link;
    }

    static String focusHref(ShowbackState state) {
        return "api/v1/cost/export/focus?start=" + state.month().atDay(1) + "&end="
                + state.month().plusMonths(1).atDay(1);
    }

    private static EmptyState emptyState(Showback showback, String month, boolean mayImport) {
        if (mayImport) {
            return new EmptyState(VaadinIcon.USERS, "No cost for " + month, "Showback appears once a FOCUS export "
                    + "covering " + month + " is imported or an AWS source delivers it.",
                    CostLinks.anchor("Import a FOCUS file", CostLinks.IMPORTS));
        }
        return new EmptyState(VaadinIcon.USERS, "No cost for " + month, showback.scope().startsWith("no team")
                ? "You belong to no team and lead none, so no cost is shown back to you; finance and platform "
                + "admins see every team."
                : "Nothing is allocated to your teams in " + month + ", or its cost is not imported yet.", null);
    }
}
