package dev.skyway.portal.approvals.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.approvals.ApprovalDelegations;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.platform.ui.kit.SectionLinks;

import jakarta.annotation.security.PermitAll;

/**
 * The caller's approvals inbox: open tasks (their own, and those they hold as someone's delegate), soonest due
 * first, with the full request and the decision buttons; what they decided is the next section
 * ({@link DecidedByYouView}). Open to every signed-in user, because anyone can be named as an approver (a users
 * list, a team lead, a delegate); without tasks it shows an empty state.
 */
@Route(ApprovalsInboxView.ROUTE)
@PageTitle("Approvals · Skyway")
@Menu(order = 20, title = "Approvals", icon = "vaadin:check-square-o")
@PermitAll
public class ApprovalsInboxView extends Div {

    static final String ROUTE = "approvals";
    static final String TITLE = "Approvals";
    static final String DESCRIPTION = "What waits for your decision, and what you decided.";

    /** Rows read per page of tasks: about twice what shows, so a scroll seldom waits. */
    static final int ROWS_READ = 20;

    private final transient Approvals approvals;

    final TextField search = new TextField();
    final ComboBox<String> environment = new ComboBox<>();
    final Grid<ApprovalTask> tasks = new Grid<>(ApprovalTask.class, false);
    final TaskPanel panel;

    ApprovalsInboxView(Approvals approvals, ApprovalDelegations delegations, Clock clock) {
        this.approvals = approvals;
        addClassName("page");
        panel = new TaskPanel(approvals, this::refresh);
        Button delegation = new Button("Delegation…", VaadinIcon.USER_CLOCK.create(),
                e -> new DelegationDialog(delegations, clock).open());
        delegation.setId("delegation-button");
        add(new PageHeader(TITLE, DESCRIPTION, delegation));
        add(sections(ROUTE), filters(), configureTasks(), panel);
    }

    /** The inbox's two pages: what waits for the caller, and what they decided. */
    static SectionLinks sections(String current) {
        return new SectionLinks("approvals-sections", "Approvals", current).link("Waiting for you", ROUTE)
                .link("Decided by you", DecidedByYouView.ROUTE);
    }

    private HorizontalLayout filters() {
        search.setPlaceholder("Title or id");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        environment.setPlaceholder("Environment");
        environment.setItems("dev", "staging", "prod");
        environment.setClearButtonVisible(true);
        environment.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, environment);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<ApprovalTask> configureTasks() {
        tasks.setId("tasks-grid");
        // the title says what is asked: it gets the room, the other columns their content's width
        tasks.addColumn(t -> t.subject().title()).setHeader("What").setWidth("22rem").setFlexGrow(2)
                .setTooltipGenerator(t -> t.subject().title());
        tasks.addColumn(ApprovalTask::requesterName).setHeader("Requested by").setAutoWidth(true);
        // columns of a known shape get a fixed width: auto width measures every cell once the rows arrive
        tasks.addColumn(t -> t.attributes().environment()).setHeader("Env").setWidth("6.5rem").setFlexGrow(0);
        tasks.addColumn(t -> t.attributes().monthlyCost() == null ? "—" : Formats.money(
                t.attributes().monthlyCost().amount(), t.attributes().monthlyCost().currency()))
                .setHeader("Est. monthly cost").setWidth("9.5rem").setFlexGrow(0);
        tasks.addColumn(t -> t.stage() + " (" + t.stagePosition() + "/" + t.stageCount() + ")").setHeader("Stage")
                .setAutoWidth(true);
        tasks.addColumn(ApprovalTask::ruleName).setHeader("Rule").setAutoWidth(true);
        tasks.addColumn(t -> Formats.dateTime(t.dueAt()) + (t.escalated() ? " · escalated" : ""))
                .setHeader("Due").setWidth("16rem").setFlexGrow(0);
        tasks.addColumn(t -> t.onBehalfOf() == null ? "" : "for " + t.onBehalfOf()).setHeader("Delegated")
                .setAutoWidth(true);
        tasks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tasks.setEmptyStateComponent(new EmptyState(VaadinIcon.CHECK_SQUARE_O, "Nothing waits for you",
                "Requests that name you, your role, your team or someone you stand in for appear here.", null));
        tasks.setHeight("360px");
        // eight rows show at this height: a page of 20 instead of Grid's 50 halves what a first visit assembles
        // (each task with its stage, process and subject) and draws, most of all for an approver with thousands
        tasks.setPageSize(ROWS_READ);
        tasks.setItems(q -> approvals.tasks(query(), q.getOffset(), q.getLimit()).stream(),
                q -> approvals.countTasks(query()));
        tasks.asSingleSelect().addValueChangeListener(e -> panel.show(e.getValue()));
        return tasks;
    }

    TaskQuery query() {
        return new TaskQuery(null, environment.getValue(), search.getValue());
    }

    void refresh() {
        panel.show(null);
        tasks.getDataProvider().refreshAll();
    }
}
