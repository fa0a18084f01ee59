package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.platform.ui.kit.CsvExport;

/**
 * The showback's grid, one row per team: direct, shared (and from which rules), total, change against the month
 * before, share of the total, and the team's budgets; each team links to its breakdown for the month. Exports to CSV.
 */
final class ShowbackGrid extends Grid<ShowbackRow> {

    private List<ShowbackRow> rows = List.of();
    private ShowbackState state = new ShowbackState(java.time.YearMonth.of(2000, 1),
            dev.skyway.portal.cost.CostMetric.EffectiveCost);
    private final Column<ShowbackRow> change;

    ShowbackGrid() {
        setId("showback-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(this::teamCell).setHeader("Team").setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing(ShowbackRow::unallocated).thenComparing(ShowbackRow::label));
        money("Direct", ShowbackRow::direct);
        addComponentColumn(ShowbackGrid::sharedCell).setHeader("Shared").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setSortable(true).setComparator(Comparator.comparing(ShowbackRow::shared));
        money("Total", ShowbackRow::total);
        change = addComponentColumn(ShowbackGrid::changeCell).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setSortable(true).setComparator(Comparator.comparing(r -> r.change() == null ? BigDecimal.ZERO
                        : r.change()));
        // sorting by share is sorting by total: one sorter is enough
        addColumn(ShowbackRow::shareText).setHeader("Share").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        // the one column that gives way when the page is narrow: its badges wrap
        addComponentColumn(ShowbackGrid::budgetCell).setHeader("Budget (current period)").setWidth("11rem")
                .setFlexGrow(1);
        setAllRowsVisible(true);
    }

    void show(List<ShowbackRow> shown, ShowbackState shownState) {
        rows = List.copyOf(shown);
        state = shownState;
        change.setHeader("Change vs " + ShowbackState.shortName(state.month().minusMonths(1)));
        setItems(rows);
    }

    List<ShowbackRow> rows() {
        return rows;
    }

    Anchor csvLink(ShowbackState shown) {
        Anchor link = csv(shown).downloadLink("Export CSV", "showback-" + shown.month() + "-" + shown.metric()
                + ".csv", () -> rows.stream());
        link.setId("showback-csv-export");
        return link;
    }

    /** The breakdown of the team's month by service; for the unallocated spend, by the accounts it sits in. */
    static String breakdownHref(ShowbackRow row, ShowbackState state) {
        // the rollups keep unallocated spend without a team: an empty team filter finds it
        return CostLinks.with(CostLinks.BREAKDOWN, new BreakdownState(state.month().atDay(1),
                state.month().atEndOfMonth(), state.metric(), row.unallocated() ? "SubAccountId" : "ServiceName",
                Map.of("team", row.unallocated() ? "" : row.team()), null, BreakdownState.BAR).toQueryParameters());
    }

    private Component teamCell(ShowbackRow row) {
        Anchor link = CostLinks.anchor(row.label(), breakdownHref(row, state));
        link.getElement().setAttribute("title", row.unallocated()
                ? "Where the unallocated spend sits, by account: tag it or add an allocation rule"
                : "Team " + row.team() + "'s spend in " + ShowbackState.name(state.month()) + ", by service");
        if (row.unallocated()) {
            link.getStyle().set("font-style", "italic");
        }
        link.addClassName("showback-team");
        return link;
    }

    private void money(String header, java.util.function.Function<ShowbackRow, BigDecimal> value) {
        addColumn(r -> CostText.money(value.apply(r), r.currency())).setHeader(header)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(value));
    }

    private static Component sharedCell(ShowbackRow row) {
        Div cell = new Div(new Span(CostText.money(row.shared(), row.currency())));
        if (!row.line().shares().isEmpty()) {
            Span rules = new Span(row.sharedRules());
            rules.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-xs)").set("white-space", "normal");
            cell.add(rules);
        }
        return cell;
    }

    private static Component changeCell(ShowbackRow row) {
        Span text = new Span(row.changeText());
        BigDecimal change = row.change();
        if (change != null && change.signum() != 0) {
            // more spend is the news finance looks for: rises red, falls green (as on the overview)
            text.getStyle().set("color", change.signum() > 0 ? "var(--lumo-error-text-color)"
                    : "var(--lumo-success-text-color)");
            text.getElement().setAttribute("data-direction", change.signum() > 0 ? "up" : "down");
        }
        return text;
    }

    private static Component budgetCell(ShowbackRow row) {
        if (row.budgets().isEmpty()) {
            return new Span(CostText.NONE);
        }
        Div cell = new Div();
        cell.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        row.budgets().forEach(b -> cell.add(budgetBadge(b)));
        return cell;
    }

    static Span budgetBadge(Budget budget) {
        BigDecimal used = budget.status().percentUsed();
        // short, so the grid fits beside the figures; the amount and the forecast are in the tooltip
        Span badge = new Span(used.toPlainString() + " % used · " + budget.status().periodKey());
        String theme = used.compareTo(BigDecimal.valueOf(100)) >= 0 ? "badge error"
                : budget.status().crossed().isEmpty() ? "badge success" : "badge";
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("showback-budget");
        @Nullable BigDecimal forecast = budget.forecastPercent();
        String currency = budget.amount().currency().getCurrencyCode();
        badge.getElement().setAttribute("title", "Budget " + budget.name() + ": " + CostText.money(budget.status()
                .actual(), currency) + " of " + CostText.money(budget.amount().amount(), currency) + " spent in "
                + budget.status().periodKey() + (forecast == null ? "" : ", forecast " + forecast.toPlainString()
                + " % by the period's end"));
        return badge;
    }

    static CsvExport<ShowbackRow> csv(ShowbackState state) {
        return new CsvExport<ShowbackRow>().column("month", r -> state.month())
                .column("team", r -> r.unallocated() ? "" : r.team()).column("label", ShowbackRow::label)
                .column("metric", r -> state.metric().name()).column("currency", ShowbackRow::currency)
                .column("direct", r -> plain(r.direct())).column("shared", r -> plain(r.shared()))
                .column("shared rules", ShowbackRow::sharedRules).column("total", r -> plain(r.total()))
                .column("previous month total", r -> r.previous() == null ? "" : plain(r.previous()))
                .column("change", r -> r.change() == null ? "" : plain(r.change()))
                .column("change %", r -> r.changePercent() == null ? "" : r.changePercent().toPlainString())
                .column("share %", r -> r.share() == null ? "" : r.share().toPlainString())
                .column("budgets", ShowbackRow::budgetText);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
