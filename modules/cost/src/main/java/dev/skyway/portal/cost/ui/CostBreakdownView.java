package dev.skyway.portal.cost.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Cost by any dimension over any range, with filters, kept in the URL so a link shows the same page to someone
 * else (within what they may see). Editing a field replaces the URL; a drill-down (a click on a group) adds a history
 * entry, so the browser's back button goes back up.
 */
@Route(CostLinks.BREAKDOWN)
@PageTitle("Cost breakdown · Skyway")
@Menu(order = 61, title = "Cost breakdown", icon = "vaadin:pie-bar-chart")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class CostBreakdownView extends Div implements BeforeEnterObserver {

    private final transient CostReports reports;
    private final transient Clock clock;

    final BreakdownForm form = new BreakdownForm(this::edited);
    final BreakdownResult result = new BreakdownResult(this::drill);
    final Div scope = new Div();
    private @Nullable BreakdownState shown;

    CostBreakdownView(CostReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassName("page");
        add(new PageHeader("Cost breakdown", "Spend by account, team, service, region or any tag over a range, "
                + "down to resources and SKUs. Click a group to drill down; copy the address to share what you see."),
                scope, form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters());
    }

    /** Shows what the URL asks for (defaults where it says nothing). */
    void show(QueryParameters parameters) {
        BreakdownState.Parsed parsed = BreakdownState.parse(parameters, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        form.fill(parsed.state(), parsed.problems());
        refresh(parsed.state());
    }

    /** The state shown now; absent before the first answer or after a refusal. */
    @Nullable BreakdownState shown() {
        return shown;
    }

    private void edited(BreakdownState state) {
        refresh(state);
        history(state, false);
    }

    void drill(Breakdown.Group group) {
        if (shown == null) {
            return;
        }
        BreakdownState next = shown.drillInto(group);
        if (next == null) {
            Notification.show(shown.groupBy().startsWith("tag:")
                    ? "Tag values cannot be filtered on: group by account, team or service to drill down."
                    : Dimensions.fromLineItems(shown.groupBy())
                    ? "Resources, SKUs and usage types are the finest level: nothing further to drill into."
                    : "Nothing further to drill into: every dimension below this one is already filtered.");
            return;
        }
        form.fill(next, java.util.Map.of());
        refresh(next);
        history(next, true);
    }

    private void refresh(BreakdownState state) {
        try {
            Breakdown breakdown = reports.breakdown(state.toQuery());
            shown = state;
            scope.removeAll();
            scope.add(CostText.scope(breakdown.scope(), "breakdown-scope"));
            result.show(breakdown, state);
        } catch (InvalidCostQueryException e) {
            shown = null;
            form.showProblems(e.problems());
            result.clear();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            // e.g. a filter that cannot be combined with a tag breakdown, or a drill-down to resources outside the
            // caller's accounts: the facade's sentence says which
            shown = null;
            form.showError(capitalized(e.getMessage()));
            result.clear();
        }
    }

    private static String capitalized(@Nullable String message) {
        return message == null || message.isEmpty() ? "The breakdown was refused."
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private void history(BreakdownState state, boolean newEntry) {
        Location location = new Location(CostLinks.BREAKDOWN, state.toQueryParameters());
        getUI().map(ui -> ui.getPage().getHistory()).ifPresent(history -> {
            if (newEntry) {
                history.pushState(null, location);
            } else {
                history.replaceState(null, location);
            }
        });
    }
}
