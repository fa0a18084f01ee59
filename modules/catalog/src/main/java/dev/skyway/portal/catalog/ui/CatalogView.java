package dev.skyway.portal.catalog.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.ProductQuery;
import dev.skyway.portal.catalog.ProductSummary;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.RolesAllowed;

/**
 * The service catalog as cards, with text search and portfolio/tag filters. Engineers request from it; approvers
 * and platform admins read it to judge requests and to curate it.
 */
@Route("catalog")
@PageTitle("Service catalog · Skyway")
@Menu(order = 10, title = "Catalog", icon = "vaadin:package")
@RolesAllowed({"ENGINEER", "APPROVER", "PLATFORM_ADMIN"})
public class CatalogView extends Div {

    private final transient Catalog catalog;

    final TextField search = new TextField();
    final ComboBox<Portfolio> portfolio = new ComboBox<>("Portfolio");
    final ComboBox<String> tag = new ComboBox<>("Tag");
    final Div cards = new Div();

    CatalogView(Catalog catalog) {
        this.catalog = catalog;
        addClassName("page");
        add(new PageHeader("Service catalog",
                "Infrastructure you can request: reviewed CloudFormation products with guard rails built in."));
        search.setLabel("Search");
        search.setPlaceholder("Name, description, owner");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("catalog-search");
        portfolio.setItems(catalog.portfolios());
        portfolio.setItemLabelGenerator(Portfolio::name);
        portfolio.setClearButtonVisible(true);
        portfolio.setId("catalog-portfolio");
        tag.setItems(catalog.tags());
        tag.setClearButtonVisible(true);
        tag.setId("catalog-tag");
        search.addValueChangeListener(e -> refresh());
        portfolio.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, portfolio, tag);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        cards.addClassName("cards");
        cards.setId("catalog-cards");
        add(filters, cards);
        refresh();
    }

    ProductQuery query() {
        return new ProductQuery(search.getValue(), portfolio.getValue() == null ? null : portfolio.getValue().id(),
                tag.getValue());
    }

    void refresh() {
        cards.removeAll();
        List<ProductSummary> products = catalog.search(query());
        if (products.isEmpty()) {
            boolean neverSynced = catalog.syncStatus().state() == SyncState.NEVER;
            cards.add(neverSynced
                    ? new EmptyState(VaadinIcon.PACKAGE, "The catalog is not synced yet",
                    "The first sync runs shortly after the portal starts; a platform admin can also start one.", null)
                    : new EmptyState(VaadinIcon.SEARCH, "No product matches",
                    "Clear the search or the filters to see the whole catalog.", null));
            return;
        }
        products.forEach(p -> cards.add(new ProductCard(p)));
    }
}
