package dev.skyway.portal.accounts.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.QueueMove;
import dev.skyway.portal.accounts.QueuedRequest;
import dev.skyway.portal.accounts.VendingQueue;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.Confirm;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Account requests: the caller's own (newest first, filterable by status, exportable to CSV, with the queue
 * position and an estimate while queued); platform admins may show everyone's and see the vending queue, where they
 * move requests up, down or to the top, or cancel them (with a confirmation) before they start.
 */
@Route("account-requests")
@PageTitle("Account requests · Skyway")
@Menu(order = 32, title = "Account requests", icon = "vaadin:clipboard-check")
@RolesAllowed({"ENGINEER", "PLATFORM_ADMIN"})
public class AccountRequestsView extends Div {

    private final transient AccountRequests requests;
    private final transient VendingQueue vendingQueue;
    final Select<AccountRequestStatus> status = new Select<>();
    final Checkbox everyone = new Checkbox("Everyone's requests");
    final Grid<AccountRequest> grid = new Grid<>();
    final Grid<QueuedRequest> queue = new Grid<>();
    private final boolean admin;

    AccountRequestsView(AccountRequests requests, VendingQueue vendingQueue, CurrentUser currentUser) {
        this.requests = requests;
        this.vendingQueue = vendingQueue;
        this.admin = currentUser.find().map(u -> u.hasRole(Role.PLATFORM_ADMIN)).orElse(false);
        addClassName("page");
        add(new PageHeader("Account requests", "New AWS accounts and closings: where each stands, its place in the "
                + "queue, and what was created.", new RouterLink("Request an account", AccountRequestFormView.class)));
        status.setLabel("Status");
        status.setItems(AccountRequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setId("account-request-status-filter");
        grid.setId("account-requests");
        grid.addColumn(AccountRequest::title).setHeader("Request").setFlexGrow(1);
        grid.addComponentColumn(r -> RequestBadges.status(r.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(this::queueText).setHeader("Queue").setAutoWidth(true);
        grid.addColumn(r -> r.vending().accountId() == null ? "—" : r.vending().accountId()).setHeader("Account")
                .setAutoWidth(true);
        grid.addColumn(r -> r.requester().name()).setHeader("Requester").setAutoWidth(true).setVisible(admin);
        grid.addColumn(r -> Formats.dateTime(r.timing().createdAt())).setHeader("Submitted").setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(
                q -> (everyone.getValue() ? requests.all(status.getValue(), q.getOffset(), q.getLimit())
                        : requests.mine(status.getValue(), q.getOffset(), q.getLimit())).stream(),
                q -> everyone.getValue() ? requests.countAll(status.getValue())
                        : requests.countMine(status.getValue())));
        grid.addItemClickListener(e -> open(e.getItem()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        everyone.setId("account-requests-everyone");
        everyone.setVisible(admin);
        everyone.setValue(admin); // admins come here to watch every request, not only their own
        grid.setEmptyStateText("No account requests match.");
        everyone.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        CsvExport<AccountRequest> export = new CsvExport<AccountRequest>().column("id", AccountRequest::id)
                .column("kind", AccountRequest::kind).column("account name", AccountRequest::accountName)
                .column("status", AccountRequest::status).column("reason", r -> r.progress().reason())
                .column("account id", r -> r.vending().accountId() != null ? r.vending().accountId()
                        : r.targetAccountId())
                .column("ou", r -> r.placement().path()).column("environment", r -> r.ownership().environment())
                .column("owner team", r -> r.ownership().team())
                .column("monthly budget usd", AccountRequest::monthlyBudget)
                .column("requester", r -> r.requester().username()).column("submitted", r -> r.timing().createdAt());
        var download = export.downloadLink("Export CSV", "account-requests.csv", () -> (everyone.getValue()
                ? requests.all(status.getValue(), 0, 500) : requests.mine(status.getValue(), 0, 500)).stream());
        download.setId("account-requests-export");
        HorizontalLayout bar = new HorizontalLayout(status, everyone, download);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(bar);
        if (!admin && requests.countMine(null) == 0) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, "No account requests yet",
                    "Ask for a new AWS account; it is created once approved.",
                    new RouterLink("Request an account", AccountRequestFormView.class)));
        } else {
            add(grid);
        }
        if (admin) {
            add(new H2("Vending queue"));
            queue.setId("vending-queue");
            queue.setEmptyStateText("Nothing is waiting: approved requests start at once while fewer than the "
                    + "maximum are in flight.");
            queue.setAllRowsVisible(true);
            queue.addColumn(QueuedRequest::position).setHeader("#").setAutoWidth(true);
            queue.addColumn(q -> q.request().title()).setHeader("Request").setFlexGrow(1);
            queue.addColumn(q -> q.request().requester().name()).setHeader("Requester").setAutoWidth(true);
            queue.addColumn(q -> RequestBadges.estimate(q.estimatedWait())).setHeader("Starts in").setAutoWidth(true);
            queue.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
            add(queue);
            refreshQueue();
        }
    }

    private String queueText(AccountRequest r) {
        if (r.status() != AccountRequestStatus.QUEUED) {
            return "—";
        }
        return vendingQueue.position(r.id()).map(q -> "#" + q.position() + ", starts in "
                + RequestBadges.estimate(q.estimatedWait())).orElse("—");
    }

    private HorizontalLayout actions(QueuedRequest q) {
        Button top = small(VaadinIcon.ARROW_CIRCLE_UP, "Move to the top", () -> move(q, QueueMove.TOP));
        Button up = small(VaadinIcon.ARROW_UP, "Move up", () -> move(q, QueueMove.UP));
        Button down = small(VaadinIcon.ARROW_DOWN, "Move down", () -> move(q, QueueMove.DOWN));
        Button cancel = small(VaadinIcon.CLOSE_SMALL, "Cancel", () -> Confirm.destructive("Cancel this request?",
                q.request().title() + " leaves the queue and is never started.", "Cancel request", () -> {
                    requests.cancel(q.request().id(), "cancelled from the queue");
                    refreshQueue();
                    grid.getDataProvider().refreshAll();
                }).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("queue-cancel");
        return new HorizontalLayout(top, up, down, cancel);
    }

    void move(QueuedRequest q, QueueMove move) {
        vendingQueue.move(q.request().id(), move);
        refreshQueue();
    }

    void refreshQueue() {
        List<QueuedRequest> items = vendingQueue.queue();
        queue.setItems(items);
    }

    private static Button small(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(label);
        button.setAriaLabel(label);
        return button;
    }

    private void open(AccountRequest r) {
        getUI().ifPresent(ui -> ui.navigate(AccountRequestDetailView.class,
                new RouteParameters(AccountRequestDetailView.ID, r.id().toString())));
    }
}
