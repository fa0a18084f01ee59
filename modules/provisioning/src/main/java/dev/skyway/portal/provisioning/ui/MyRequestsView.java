package dev.skyway.portal.provisioning.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.GridCells;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestStatus;

/** The caller's product requests, newest first, filterable by status; a row opens the request. */
@Route("requests")
@PageTitle("My requests · Skyway")
@Menu(order = 15, title = "My requests", icon = "vaadin:clipboard-text")
@RolesAllowed("ENGINEER")
public class MyRequestsView extends Div {

    final Select<RequestStatus> status = new Select<>();
    final Grid<ProductRequest> grid = new Grid<>();

    MyRequestsView(ProductRequests requests) {
        addClassName("page");
        add(new PageHeader("My requests", "What you asked for, where it stands, and what was provisioned."));
        status.setLabel("Status");
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setId("request-status-filter");
        grid.setId("my-requests");
        grid.addColumn(r -> r.product().productName()).setHeader("Product").setAutoWidth(true);
        grid.addColumn(r -> r.target().environment()).setHeader("Environment").setAutoWidth(true);
        grid.addColumn(r -> r.target().accountId()).setHeader("Account").setAutoWidth(true);
        grid.addColumn(statusCell(ProductRequest::status)).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.estimatedMonthlyCost() == null ? "—" : Formats.money(
                r.estimatedMonthlyCost().amount(), r.estimatedMonthlyCost().currency())).setHeader("Monthly cost");
        grid.addColumn(r -> Formats.dateTime(r.timing().createdAt())).setHeader("Submitted").setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(
                q -> requests.mine(status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> requests.countMine(status.getValue())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                new RouteParameters(RequestDetailView.ID, e.getItem().id().toString()))));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(status, grid);
    }

    static Span badge(RequestStatus status) {
        Span badge = new Span(status.name());
        badge.getElement().getThemeList().add(theme(status));
        badge.addClassName("request-status");
        return badge;
    }

    /** The status badge in a grid cell, drawn in the browser. */
    static <T> LitRenderer<T> statusCell(ValueProvider<T, RequestStatus> status) {
        return GridCells.badge("request-status", r -> status.apply(r).name(), r -> theme(status.apply(r)));
    }

    /** A Lumo badge per status: green when provisioned, red when rejected or failed. */
    static String theme(RequestStatus status) {
        return switch (status) {
            case PROVISIONED -> "badge success";
            case REJECTED, FAILED -> "badge error";
            case CHANGES_REQUESTED -> "badge contrast";
            default -> "badge";
        };
    }
}
