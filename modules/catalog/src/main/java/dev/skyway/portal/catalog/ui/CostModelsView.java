package dev.skyway.portal.catalog.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.CostModelAdmin;
import dev.skyway.portal.catalog.CostModelSummary;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Platform admins curate each product's monthly cost model (what requesters and approvers see as the estimate, and
 * what approval policies route on): a grid of products with their base price or "No model", filterable and sortable;
 * a row opens its editor below.
 */
@Route("admin/cost-models")
@PageTitle("Cost models · Skyway")
@Menu(order = 86, title = "Cost models", icon = "vaadin:money")
@RolesAllowed("PLATFORM_ADMIN")
public class CostModelsView extends Div {

    private final transient Catalog catalog;
    private final transient CostModelAdmin costModels;

    final TextField search = new TextField();
    final Checkbox withoutModel = new Checkbox("Only products without a model");
    final Grid<CostModelSummary> grid = new Grid<>();
    final Div editorSlot = new Div();
    final Div empty = new Div();
    CostModelEditor editor;
    private List<CostModelSummary> all = List.of();
    private List<CostModelSummary> shown = List.of();

    CostModelsView(Catalog catalog, CostModelAdmin costModels) {
        this.catalog = catalog;
        this.costModels = costModels;
        addClassName("page");
        add(new PageHeader("Cost models", "The monthly estimate of each product: a base price plus rates on its "
                + "parameters. Requesters and approvers see it; approval policies route on it."));
        search.setPlaceholder("Filter by product or owner");
        search.setId("cost-models-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        withoutModel.setId("cost-models-without");
        withoutModel.addValueChangeListener(e -> filter());
        grid.setId("cost-models");
        grid.addColumn(CostModelSummary::productName).setHeader("Product").setSortable(true)
                .setComparator(Comparator.comparing(CostModelSummary::productName, String.CASE_INSENSITIVE_ORDER))
                .setAutoWidth(true);
        grid.addColumn(s -> s.owner() == null ? "—" : s.owner()).setHeader("Owner").setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(CostModelsView::baseCell).setHeader("Base monthly").setSortable(true)
                .setComparator(Comparator.comparing(s -> s.baseMonthly() == null ? null : s.baseMonthly().amount(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(CostModelSummary::rates).setHeader("Rates").setSortable(true);
        grid.addColumn(s -> money(s.defaultEstimate())).setHeader("Estimate (defaults)").setSortable(true)
                .setComparator(Comparator.comparing(s -> s.defaultEstimate() == null ? null
                        : s.defaultEstimate().amount(), Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addItemClickListener(e -> open(e.getItem().productId()));
        grid.setAllRowsVisible(true);
        empty.add(new EmptyState(VaadinIcon.MONEY, "No products", "Sync the catalog first: cost models belong to "
                + "products.", null));
        editorSlot.setId("cost-model-editor-slot");
        CsvExport<CostModelSummary> export = new CsvExport<CostModelSummary>()
                .column("productId", CostModelSummary::productId).column("product", CostModelSummary::productName)
                .column("owner", CostModelSummary::owner)
                .column("baseMonthly", s -> s.baseMonthly() == null ? "" : s.baseMonthly().amount().toPlainString())
                .column("currency", s -> s.baseMonthly() == null ? "" : s.baseMonthly().currency().getCurrencyCode())
                .column("rates", CostModelSummary::rates)
                .column("defaultEstimate", s -> s.defaultEstimate() == null ? ""
                        : s.defaultEstimate().amount().toPlainString());
        add(new Div(search, withoutModel, export.downloadLink("CSV", "cost-models.csv", () -> shown.stream())),
                grid, empty, editorSlot);
        reload();
    }

    void reload() {
        all = costModels.costModelOverview();
        filter();
    }

    void filter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        shown = all.stream()
                .filter(s -> text.isEmpty() || s.productName().toLowerCase(Locale.ROOT).contains(text)
                        || (s.owner() != null && s.owner().toLowerCase(Locale.ROOT).contains(text)))
                .filter(s -> !withoutModel.getValue() || !s.hasModel()).toList();
        grid.setItems(shown);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    /** Opens the editor of one product (its default version's parameters). */
    void open(String productId) {
        editorSlot.removeAll();
        editor = new CostModelEditor(costModels, catalog.product(productId, null),
                costModels.parametersOfAllVersions(productId), costModels.costModel(productId).orElse(null),
                this::reload);
        editorSlot.add(editor);
    }

    private static Span baseCell(CostModelSummary s) {
        if (!s.hasModel()) {
            Span none = new Span("No model");
            none.getElement().getThemeList().add("badge contrast");
            none.addClassName("no-cost-model");
            return none;
        }
        return new Span(money(s.baseMonthly()));
    }

    private static String money(Money m) {
        return m == null ? "—" : Formats.money(m.amount(), m.currency());
    }
}
