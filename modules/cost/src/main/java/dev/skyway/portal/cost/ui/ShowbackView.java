package dev.skyway.portal.cost.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.Showback;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * The monthly showback: each team's direct cost, its part of the shared costs, the total and how it moved since the
 * month before, with the team's budgets; the spend no team is allocated shows as its own row. Finance and platform
 * admins see every team, everyone else the teams they belong to or lead, and the page says which. The month and
 * metric are kept in the URL.
 */
@Route(CostLinks.SHOWBACK)
@PageTitle("Showback · Skyway")
@Menu(order = 61.5, title = "Showback", icon = "vaadin:users")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class ShowbackView extends Div implements BeforeEnterObserver {

    private final transient CostReports reports;
    private final transient CostBudgets budgets;
    private final transient Clock clock;
    private final boolean mayImport;

    final Select<YearMonth> month = new Select<>();
    final Select<CostMetric> metric = MetricSelect.of(List.of(CostMetric.values()));
    final Div scope = new Div();
    final ShowbackResult result = new ShowbackResult();
    private @Nullable ShowbackState shown;
    private boolean filling;

    ShowbackView(CostReports reports, CostBudgets budgets, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.budgets = budgets;
        this.clock = clock;
        this.mayImport = currentUser.find().map(u -> u.hasAnyRole(Role.FINANCE, Role.PLATFORM_ADMIN)).orElse(false);
        addClassName("page");
        month.setLabel("Month");
        month.setId("showback-month");
        month.setEmptySelectionAllowed(false);
        month.setManualValidation(true);
        month.setItemLabelGenerator(m -> ShowbackState.label(m, today()));
        month.getStyle().set("min-width", "18rem");
        metric.setId("showback-metric");
        metric.setWidth("15rem");
        month.addValueChangeListener(e -> edited());
        metric.addValueChangeListener(e -> edited());
        HorizontalLayout pickers = new HorizontalLayout(month, metric);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new PageHeader("Showback", "Each team's cost for a month: what it used directly, its part of the shared "
                + "costs (support, tax, shared accounts) split by finance's rules, and how that moved since the "
                + "month before. Click a team for its breakdown.", new Anchor("cost/allocation", "Allocation rules")),
                pickers, scope, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters());
    }

    /** Shows what the URL asks for (defaults where it says nothing). */
    void show(QueryParameters parameters) {
        ShowbackState.Parsed parsed = ShowbackState.parse(parameters, today());
        fill(parsed.state());
        String problem = parsed.problems().get(ShowbackState.MONTH);
        month.setInvalid(problem != null);
        month.setErrorMessage(problem == null ? null : capitalized(problem) + "; showing "
                + ShowbackState.name(parsed.state().month()) + ".");
        String metricProblem = parsed.problems().get(ShowbackState.METRIC);
        metric.setInvalid(metricProblem != null);
        metric.setErrorMessage(metricProblem == null ? null : capitalized(metricProblem));
        refresh(parsed.state());
    }

    /** The state shown now; absent before the first answer. */
    @Nullable ShowbackState shown() {
        return shown;
    }

    private void fill(ShowbackState state) {
        filling = true;
        try {
            month.setItems(ShowbackState.months(today(), state.month()));
            month.setValue(state.month());
            metric.setValue(state.metric());
        } finally {
            filling = false;
        }
    }

    private void edited() {
        if (filling || month.getValue() == null || metric.getValue() == null) {
            return;
        }
        month.setInvalid(false);
        metric.setInvalid(false);
        ShowbackState state = new ShowbackState(month.getValue(), metric.getValue());
        refresh(state);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(CostLinks.SHOWBACK, state.toQueryParameters())));
    }

    private void refresh(ShowbackState state) {
        Showback now = reports.showback(state.month(), state.metric());
        Showback before = reports.showback(state.month().minusMonths(1), state.metric());
        List<ShowbackRow> rows = ShowbackRow.of(now, before, budgets.list());
        shown = state;
        scope.removeAll();
        scope.add(CostText.scope(now.scope() + ". " + (reports.visibility().teams() == null
                ? "Finance and platform admins see every team, and the spend allocated to none."
                : "You see the teams you belong to or lead; finance and platform admins see every team."),
                "showback-scope"));
        result.show(now, rows, state, today(), mayImport);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
