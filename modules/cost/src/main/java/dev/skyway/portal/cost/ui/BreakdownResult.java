package dev.skyway.portal.cost.ui;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EChart;
import dev.skyway.portal.platform.ui.kit.EmptyState;

/**
 * A breakdown's answer: the currency and total, a note on spend in other currencies (with links to show it), a note
 * when the groups come from the kept line items (resources, SKUs, usage types), the chart, and the groups in a grid
 * (largest first) that exports to CSV and drills down on a click.
 */
final class BreakdownResult extends Div {

    final Paragraph summary = new Paragraph();
    final Div otherCurrencies = new Div();
    final Paragraph lineItems = new Paragraph();
    final EChart chart = new EChart();
    final Grid<BreakdownRow> grid = new Grid<>();
    final Div export = new Div();
    final EmptyState empty = new EmptyState(VaadinIcon.PIE_BAR_CHART, "No cost in this range",
            "Widen the range or remove a filter. Spend appears once a FOCUS file covering these days is imported.",
            null);
    String option = "{}";
    private List<BreakdownRow> rows = List.of();
    private boolean leaves;

    BreakdownResult(Consumer<Breakdown.Group> onDrill) {
        setId("breakdown-result");
        summary.setId("breakdown-summary");
        otherCurrencies.setId("breakdown-other-currencies");
        lineItems.setId("breakdown-line-items");
        chart.setId("breakdown-chart");
        chart.setHeight("320px");
        export.setId("breakdown-export");
        grid.setId("breakdown-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BreakdownRow::label).setHeader("Group").setFlexGrow(2).setSortable(true)
                .setComparator(Comparator.comparing(BreakdownRow::label))
                .setTooltipGenerator(r -> leaves ? r.label() : r.label() + ": click to drill down");
        grid.addColumn(BreakdownRow::key).setHeader("Key").setAutoWidth(true);
        grid.addColumn(r -> CostText.money(r.amount(), r.currency())).setHeader("Amount")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(BreakdownRow::amount));
        grid.addColumn(BreakdownRow::shareText).setHeader("Share").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> onDrill.accept(e.getItem().group()));
        add(summary, otherCurrencies, lineItems, chart, export, grid, empty);
        clear();
    }

    void show(Breakdown breakdown, BreakdownState state) {
        rows = BreakdownRow.of(breakdown);
        summary.setText(CostText.metric(breakdown.metric()) + " cost in " + breakdown.currency() + ", "
                + CostText.day(breakdown.start()) + " – " + CostText.day(breakdown.end().minusDays(1)) + ": total "
                + CostText.money(breakdown.total(), breakdown.currency()) + " in " + rows.size()
                + (rows.size() == 1 ? " group." : " groups."));
        showOtherCurrencies(breakdown, state);
        leaves = Dimensions.fromLineItems(state.groupBy());
        lineItems.setText(leaves ? Dimensions.label(state.groupBy()) + "s come from the kept line items (the "
                + "imported FOCUS files), not from the daily rollups: the " + CostQuery.LINE_ITEM_TOP
                + " largest are listed and the rest summed as (other). Team, cost-center and untagged filters do "
                + "not apply to them." : "");
        lineItems.setVisible(leaves);
        option = BreakdownChart.option(breakdown, state.chart());
        chart.setOption(option);
        grid.setItems(rows);
        export.removeAll();
        export.add(csv().downloadLink("Export CSV", "cost-" + state.groupBy().replace(':', '-') + "-"
                + state.from() + "-" + state.to() + ".csv", () -> rows.stream()));
        boolean any = !rows.isEmpty();
        List.of(summary, chart, grid, export).forEach(c -> c.setVisible(any));
        empty.setVisible(!any);
    }

    /** Nothing to show (the query was refused). */
    void clear() {
        rows = List.of();
        grid.setItems(rows);
        List.of(summary, otherCurrencies, lineItems, chart, grid, export, empty).forEach(c -> c.setVisible(false));
    }

    List<BreakdownRow> rows() {
        return rows;
    }

    private void showOtherCurrencies(Breakdown breakdown, BreakdownState state) {
        otherCurrencies.removeAll();
        otherCurrencies.setVisible(!breakdown.otherCurrencies().isEmpty() || state.currency() != null);
        if (!breakdown.otherCurrencies().isEmpty()) {
            // currencies are never summed: each has its own breakdown
            otherCurrencies.add(new Span("Spend in other currencies is not included: "));
            breakdown.otherCurrencies().forEach(c -> otherCurrencies.add(CostLinks.anchor("show " + c,
                    CostLinks.with(CostLinks.BREAKDOWN, state.withCurrency(c).toQueryParameters())), new Span(" ")));
        }
        if (state.currency() != null) {
            otherCurrencies.add(CostLinks.anchor("show the main currency",
                    CostLinks.with(CostLinks.BREAKDOWN, state.withCurrency(null).toQueryParameters())));
        }
    }

    private static CsvExport<BreakdownRow> csv() {
        return new CsvExport<BreakdownRow>().column("key", BreakdownRow::key).column("label", BreakdownRow::label)
                .column("amount", r -> r.amount().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .column("currency", BreakdownRow::currency)
                .column("share %", r -> r.share() == null ? "" : r.share().toPlainString());
    }
}
