package dev.skyway.portal.compliance.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.internal.drift.DriftFilter;
import dev.skyway.portal.compliance.internal.drift.DriftSchedule;
import dev.skyway.portal.compliance.internal.drift.DriftService;
import dev.skyway.portal.compliance.internal.drift.StackDrift;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.platform.ui.kit.SyncStatusBar;

/**
 * The stacks the portal provisioned, drifted first, each with the resources its last drift detection found changed
 * outside CloudFormation and their property diff (the template's value beside the resource's). Filters (account,
 * status, one provisioned product by {@code requestId}) live in the URL. "Check now" starts a detection; the page
 * then polls once a second and shows the progress until every check it watches has ended. Security and platform
 * admins also see the scheduled check of every stack (the platform's sync status bar) and can run it now.
 */
@Route(DriftView.ROUTE)
@PageTitle("Drift · Skyway")
@Menu(order = 76, title = "Drift", icon = "vaadin:split")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class DriftView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "compliance/drift";
    static final int POLL_MILLIS = 1_000;

    static final int ALL_ROWS_UP_TO = 25;

    private final transient DriftService drift;
    final TextField account = new TextField("Account");
    final Select<String> status = new Select<>();
    final Grid<StackDrift> grid = new Grid<>();
    final Div requestFilter = new Div();
    final EmptyState empty = new EmptyState(VaadinIcon.SPLIT, "No drift checks here",
            "Stacks behind provisioned products are checked every day; a stack shows up after its first check.", null);
    private @Nullable UUID requestId;
    private @Nullable Registration polling;
    private boolean filling;

    DriftView(DriftService drift, DriftSchedule schedule) {
        this.drift = drift;
        addClassName("page");
        account.setId("drift-account");
        account.setPlaceholder("Account id");
        account.setClearButtonVisible(true);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("drift-status");
        status.setLabel("Status");
        status.setItems(DriftFilter.STATUSES);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setItemLabelGenerator(s -> s == null ? "All" : DriftBadges.status(s).getText());
        requestFilter.setId("drift-request-filter");
        account.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        Div filters = new Div(account, status, requestFilter);
        filters.addClassName("filters");
        add(new PageHeader("Drift", "The stacks behind provisioned products, as CloudFormation's last drift "
                + "detection found them: what was changed or deleted outside the template."));
        if (schedule.mayStart()) {
            // the scheduled check of every stack, with its status; "Sync now" checks them all in the background
            Span every = new Span("Every stack, checked on a schedule:");
            every.addClassName("drift-schedule-label");
            add(every, new SyncStatusBar("drift-schedule", schedule::status, schedule::runningHere, schedule::start,
                    this::refresh));
        }
        add(filters, configureGrid(), empty);
    }

    private Grid<StackDrift> configureGrid() {
        grid.setId("drift-stacks");
        grid.addColumn(s -> s.stack().stackName() == null ? s.stack().stackArn() : s.stack().stackName())
                .setHeader("Stack").setWidth("12em").setFlexGrow(1).setTooltipGenerator(s -> s.stack().stackArn());
        grid.addColumn(s -> s.stack().accountId()).setHeader("Account").setWidth("9em").setFlexGrow(0);
        grid.addColumn(s -> s.stack().region()).setHeader("Region").setWidth("7.5em").setFlexGrow(0);
        grid.addComponentColumn(s -> DriftBadges.status(s.status())).setHeader("Drift").setWidth("7.5em")
                .setFlexGrow(0);
        grid.addColumn(s -> s.drifted().isEmpty() ? "—" : String.valueOf(s.drifted().size()))
                .setHeader("Drifted").setWidth("5.5em").setFlexGrow(0);
        grid.addColumn(s -> s.last() == null || s.last().finishedAt() == null ? "—"
                : Formats.dateTime(s.last().finishedAt())).setHeader("Checked").setWidth("10.5em").setFlexGrow(0);
        grid.addComponentColumn(this::checkCell).setHeader("").setWidth("9em").setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(DriftDiff::of));
        grid.setDetailsVisibleOnClick(true);
        return grid;
    }

    /** "Check now", or the progress of a check under way. */
    private Div checkCell(StackDrift stack) {
        Div cell = new Div();
        cell.addClassName("drift-check");
        if (stack.running() != null) {
            ProgressBar progress = new ProgressBar();
            progress.setIndeterminate(true);
            progress.setWidth("6em");
            cell.add(new Span("Checking… "), progress);
            return cell;
        }
        if (drift.mayCheck(stack.stack())) {
            Button now = new Button("Check now", VaadinIcon.REFRESH.create(), e -> checkNow(stack));
            now.addThemeVariants(ButtonVariant.LUMO_SMALL);
            now.addClassName("drift-check-now");
            cell.add(now);
        }
        return cell;
    }

    void checkNow(StackDrift stack) {
        try {
            drift.requestCheck(stack.stack().stackArn(), null);
            Notification.show("Checking " + stack.stack().stackName() + " for drift…");
        } catch (AccessDeniedException | InvalidComplianceQueryException | java.util.NoSuchElementException e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        filling = true;
        account.setValue(first(p, "accountId"));
        String wanted = first(p, "status").toUpperCase(java.util.Locale.ROOT);
        status.setValue(DriftFilter.STATUSES.contains(wanted) ? wanted : null);
        filling = false;
        try {
            requestId = first(p, "requestId").isBlank() ? null : UUID.fromString(first(p, "requestId"));
        } catch (IllegalArgumentException e) {
            requestId = null;
        }
        refresh();
    }

    private void filtersChanged() {
        if (filling) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(query())));
    }

    private Map<String, String> query() {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        if (!account.getValue().isBlank()) {
            q.put("accountId", account.getValue().strip());
        }
        if (status.getValue() != null) {
            q.put("status", status.getValue());
        }
        if (requestId != null) {
            q.put("requestId", requestId.toString());
        }
        return q;
    }

    void refresh() {
        List<StackDrift> stacks;
        try {
            stacks = drift.stacks(new DriftFilter(account.getValue().isBlank() ? null : account.getValue().strip(),
                    status.getValue(), requestId));
        } catch (AccessDeniedException e) {
            stacks = List.of();
            Notification.show(e.getMessage());
        }
        grid.setItems(stacks);
        // a short list grows with its rows; a long one scrolls, so that only the rows in view are rendered (all 300
        // stacks of a large organization with their badges and buttons took seconds to show)
        grid.setAllRowsVisible(stacks.size() <= ALL_ROWS_UP_TO);
        grid.setHeight(stacks.size() <= ALL_ROWS_UP_TO ? null : "70vh");
        if (requestId != null) {
            stacks.forEach(s -> grid.setDetailsVisible(s, true));
        }
        requestFilter.removeAll();
        if (requestId != null) {
            requestFilter.add(new Span("One provisioned product: " + requestId + " "),
                    new com.vaadin.flow.component.html.Anchor(ROUTE, "Show all"));
        }
        grid.setVisible(!stacks.isEmpty());
        empty.setVisible(stacks.isEmpty());
        boolean checking = stacks.stream().anyMatch(s -> s.running() != null);
        getUI().ifPresent(ui -> poll(ui, checking));
    }

    private void poll(UI ui, boolean checking) {
        if (checking && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        } else if (!checking && polling != null) {
            stopPolling(ui);
            Notification.show("Drift check done");
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        super.onDetach(event);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }
}
