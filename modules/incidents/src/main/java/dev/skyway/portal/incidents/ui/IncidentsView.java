package dev.skyway.portal.incidents.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentFilter;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.GridCells;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Every incident, open ones first and newest first, filtered by status, severity, account and words of the title
 * (the filters are in the URL, so a filtered list can be shared). Anyone signed in declares an incident here.
 */
@Route(IncidentLinks.LIST)
@PageTitle("Incidents · Skyway")
@Menu(order = 40, title = "Incidents", icon = "vaadin:fire")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class IncidentsView extends Div implements BeforeEnterObserver {

    static final String OPEN = "OPEN";
    static final int PAGE = 50;

    private final transient Incidents incidents;
    final Select<String> status = new Select<>();
    final Select<Severity> severity = new Select<>();
    final TextField account = new TextField("Account");
    final TextField search = new TextField("Search");
    final Grid<Incident> grid = new Grid<>();
    final Span count = new Span();
    final EmptyState empty;
    final Button declare = new Button("Declare incident", VaadinIcon.PLUS.create());
    private IncidentFilter filter = IncidentFilter.ALL;
    /** How many incidents the filter matches, counted once per filter for the heading and the grid alike. */
    private int total;
    private boolean filling;

    IncidentsView(Incidents incidents, CurrentUser currentUser) {
        this.incidents = incidents;
        addClassName("page");
        declare.setId("declare-incident");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> new DeclareIncidentDialog(incidents, null, this::opened).open());
        empty = new EmptyState(VaadinIcon.FIRE, "No incidents match", "When something breaks, declare an incident: "
                + "the portal keeps its timeline and shows what it changed on the affected accounts.", null);
        empty.setId("incidents-empty");
        add(new PageHeader("Incidents", "Open incidents first. Declare one when something breaks; alerts open "
                + "them too when a routing rule says so.", declare),
                IncidentLinks.sections(IncidentLinks.LIST, currentUser), filters(), count,
                configureGrid(), empty);
    }

    private HorizontalLayout filters() {
        status.setId("incidents-status");
        status.setLabel("Status");
        status.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(OPEN),
                java.util.Arrays.stream(IncidentStatus.values()).map(Enum::name)).toList());
        status.setItemLabelGenerator(s -> s == null ? "All" : OPEN.equals(s) ? "Open (not resolved)" : s);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        severity.setId("incidents-severity");
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setEmptySelectionAllowed(true);
        severity.setEmptySelectionCaption("All");
        account.setId("incidents-account");
        account.setPlaceholder("12-digit id");
        search.setId("incidents-search");
        search.setPlaceholder("Title or INC-42");
        List.of(account, search).forEach(f -> {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> edited());
        });
        status.addValueChangeListener(e -> edited());
        severity.addValueChangeListener(e -> edited());
        HorizontalLayout bar = new HorizontalLayout(status, severity, account, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<Incident> configureGrid() {
        grid.setId("incidents-grid");
        grid.addColumn(GridCells.<Incident>link("incident-link", i -> IncidentLinks.incident(i.id()),
                i -> i.reference() + " · " + i.title())).setHeader("Incident").setWidth("16rem").setFlexGrow(3)
                .setTooltipGenerator(i -> i.reference() + " · " + i.title());
        grid.addColumn(GridCells.<Incident>badge("sev-badge", i -> i.severity().name(),
                i -> IncidentBadges.theme(i.severity()))).setHeader("Severity").setWidth("6rem").setFlexGrow(0);
        // widths from the content's shape where it has one: auto width measures every cell once the rows arrive
        grid.addColumn(GridCells.<Incident>badge("incident-status", i -> i.status().name(),
                i -> IncidentBadges.theme(i.status()))).setHeader("Status").setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(i -> i.accountIds().isEmpty() ? "—" : String.join(", ", i.accountIds())).setHeader("Accounts")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(i -> i.commander() == null ? "nobody yet" : i.commander().name()).setHeader("Commander")
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(i -> Formats.dateTime(i.timestamps().detectedAt())).setHeader("Detected").setWidth("11.5rem")
                .setFlexGrow(0);
        grid.addColumn(IncidentsView::duration).setHeader("Open for").setWidth("7.5rem").setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(q -> incidents.list(filter, q.getOffset(), q.getLimit()).items()
                .stream(), q -> total));
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        filling = true;
        try {
            status.setValue(valid(first(parameters, "status"), status.getListDataView().getItems().toList()));
            severity.setValue(Severity.parse(first(parameters, "severity")).orElse(null));
            account.setValue(orEmpty(first(parameters, "accountId")));
            search.setValue(orEmpty(first(parameters, "q")));
        } finally {
            filling = false;
        }
        load();
    }

    private void edited() {
        if (filling) {
            return;
        }
        load();
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "status", status.getValue());
        put(query, "severity", severity.getValue() == null ? null : severity.getValue().name());
        put(query, "accountId", account.getValue());
        put(query, "q", search.getValue());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(IncidentLinks.LIST, QueryParameters.simple(query))));
    }

    void load() {
        account.setInvalid(false);
        IncidentFilter next = new IncidentFilter(status.getValue(), severity.getValue() == null ? null
                : severity.getValue().name(), account.getValue(), search.getValue(), null);
        int matching;
        try {
            matching = incidents.list(next, 0, 1).total();
        } catch (IncidentsValidationException e) {
            FieldErrors.show(e, Map.of("accountId", account, "q", search));
            return;
        }
        filter = next;
        total = matching;
        // every row shown for a short list; a long one scrolls inside the grid, fetched page by page
        grid.setAllRowsVisible(total <= PAGE);
        grid.setHeight(total <= PAGE ? null : "70vh");
        grid.getDataProvider().refreshAll();
        boolean none = total == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        count.setText(total == 1 ? "1 incident" : total + " incidents");
        count.setId("incidents-count");
    }

    private void opened(Incident incident) {
        getUI().ifPresent(ui -> ui.navigate(IncidentLinks.incident(incident.id())));
    }

    static String duration(Incident i) {
        Instant end = i.timestamps().resolvedAt() != null ? i.timestamps().resolvedAt() : Instant.now();
        return IncidentTimes.human(Duration.between(i.timestamps().detectedAt(), end));
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static @Nullable String valid(@Nullable String value, List<String> allowed) {
        return value != null && allowed.contains(value.toUpperCase(java.util.Locale.ROOT))
                ? value.toUpperCase(java.util.Locale.ROOT) : null;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static void put(Map<String, String> query, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.strip());
        }
    }
}
