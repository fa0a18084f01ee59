package dev.skyway.portal.provisioning.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.catalog.ui.CatalogView;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.provisioning.DriftStates;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.ProvisionedResource;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.ResourceQuery;
import dev.skyway.portal.provisioning.StackDriftState;

/**
 * The caller's and their team's provisioned products: search by name, product or account; filter by status
 * (terminated ones only when asked for), environment and health (only those AWS reports TAINTED or ERROR); the Health
 * column shows AWS's status of each provisioned product; "Estimate / actual" the monthly cost estimated at request
 * time beside what it actually costs per month (read for the whole page at once); "Drift" what the last drift check
 * of its stack found ("Drifted (n resources)" links to the compliance drift page); a row (or its "Outputs" link) opens
 * the resource.
 */
@Route("resources")
@PageTitle("My resources · Skyway")
@Menu(order = 16, title = "My resources", icon = "vaadin:cubes")
@RolesAllowed({"ENGINEER", "PLATFORM_ADMIN"})
public class MyResourcesView extends Div {

    final TextField search = new TextField();
    final Select<RequestStatus> status = new Select<>();
    final Select<String> environment = new Select<>();
    final Checkbox unhealthy = new Checkbox("Only unhealthy");
    final Grid<ProvisionedResource> grid = new Grid<>();
    final EmptyState empty = new EmptyState(VaadinIcon.CUBES, "No provisioned products yet",
            "What you and your team request from the catalog shows up here once it is provisioned.",
            new RouterLink("Browse the catalog", CatalogView.class));
    final EmptyState noMatch = new EmptyState(VaadinIcon.SEARCH, "Nothing matches",
            "No provisioned product matches these filters.", null);
    private final transient ProvisionedResources resources;
    private final transient CostComparisons costs;
    /** The actual monthly costs of the rows fetched so far, read with each page. */
    private final Map<UUID, ActualCost> actuals = new ConcurrentHashMap<>();
    private final transient DriftStates drifts;
    /** The last drift check of the rows fetched so far, read with each page. */
    private final Map<UUID, StackDriftState> driftStates = new ConcurrentHashMap<>();

    MyResourcesView(ProvisionedResources resources, CostComparisons costs, DriftStates drifts) {
        this.resources = resources;
        this.costs = costs;
        this.drifts = drifts;
        addClassName("page");
        add(new PageHeader("My resources", "What you and your team provisioned: outputs, updates, termination."));
        search.setPlaceholder("Search name, product or account");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("resources-search");
        status.setLabel("Status");
        status.setItems(ResourceStatuses.ALL);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Active");
        status.setId("resources-status");
        environment.setLabel("Environment");
        environment.setItems(ProductRequests.ENVIRONMENTS);
        environment.setEmptySelectionAllowed(true);
        environment.setEmptySelectionCaption("All");
        environment.setId("resources-environment");
        unhealthy.setId("resources-unhealthy");
        unhealthy.setTooltipText("Only products AWS reports TAINTED or ERROR");
        grid.setId("my-resources");
        grid.addColumn(ProvisionedResource::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(r -> r.product().productName()).setHeader("Product").setAutoWidth(true);
        grid.addColumn(r -> r.product().versionName()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(r -> r.target().environment()).setHeader("Environment").setAutoWidth(true);
        grid.addColumn(r -> r.target().accountId()).setHeader("Account").setAutoWidth(true);
        grid.addColumn(r -> r.since() == null ? "—" : Formats.dateTime(r.since())).setHeader("Since")
                .setAutoWidth(true);
        grid.addColumn(MyRequestsView.statusCell(ProvisionedResource::status)).setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> ResourceBadges.health(r.health().status())).setHeader("Health").setAutoWidth(true);
        grid.addColumn(r -> CostFigures.cell(r.estimatedMonthlyCost(), actuals.get(r.id())))
                .setHeader("Estimate / actual per month").setAutoWidth(true)
                .setTooltipGenerator(r -> actuals.containsKey(r.id()) ? CostFigures.period(actuals.get(r.id()))
                        : costs.connected() ? "No cost data for it so far" : "Cost data is not connected");
        grid.addComponentColumn(r -> new RouterLink("Outputs (" + r.outputs().size() + ")",
                ResourceDetailView.class, new RouteParameters(ResourceDetailView.ID, r.id().toString())))
                .setHeader("Outputs");
        grid.addComponentColumn(r -> ResourceBadges.drift(r.id(), driftStates.get(r.id()))).setHeader("Drift")
                .setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(q -> page(q.getOffset(), q.getLimit()),
                q -> resources.countMine(query())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ResourceDetailView.class,
                new RouteParameters(ResourceDetailView.ID, e.getItem().id().toString()))));
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        environment.addValueChangeListener(e -> refresh());
        unhealthy.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, status, environment, unhealthy);
        filters.addClassName("filters");
        add(filters, grid, empty, noMatch);
        refresh();
    }

    ResourceQuery query() {
        return new ResourceQuery(search.getValue(), status.getValue(), environment.getValue(), unhealthy.getValue());
    }

    /** A page of resources, with their actual costs read in one batch. */
    private Stream<ProvisionedResource> page(int offset, int limit) {
        List<ProvisionedResource> page = resources.mine(query(), offset, limit);
        actuals.putAll(costs.actuals(page.stream().map(ProvisionedResource::id).toList()));
        driftStates.putAll(drifts.of(page.stream().map(ProvisionedResource::id).toList()));
        return page.stream();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = resources.countMine(query()) > 0;
        boolean filtered = !search.getValue().isBlank() || status.getValue() != null
                || environment.getValue() != null || unhealthy.getValue();
        grid.setVisible(any);
        empty.setVisible(!any && !filtered);
        noMatch.setVisible(!any && filtered);
    }

    /** The statuses a resource can have, for the filter. */
    static final class ResourceStatuses {

        static final java.util.List<RequestStatus> ALL = java.util.List.of(RequestStatus.PROVISIONED,
                RequestStatus.TERMINATING, RequestStatus.TERMINATED);

        private ResourceStatuses() {
        }
    }
}
