package dev.skyway.portal.accounts.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountQuery;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.platform.ui.kit.SyncStatusBar;

/**
 * The organization's accounts: the OU tree next to a lazy grid with text search and status/team/tag filters, CSV
 * export of what the filters match, and (for platform admins) the sync bar. Selecting an OU shows its accounts and
 * those of the OUs below it; clicking an account opens its page.
 */
@Route("accounts")
@PageTitle("Accounts · Skyway")
@Menu(order = 30, title = "Accounts", icon = "vaadin:cluster")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class AccountsView extends Div {

    static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "PENDING_CLOSURE");

    private final transient Accounts accounts;

    final TreeGrid<OrganizationalUnit> tree = new TreeGrid<>();
    final TextField search = new TextField("Search");
    final ComboBox<String> status = new ComboBox<>("Status");
    final ComboBox<String> team = new ComboBox<>("Owner team");
    final TextField tag = new TextField("Tag");
    final Grid<Account> grid = new Grid<>();
    final EmptyState empty = new EmptyState(VaadinIcon.CLUSTER, "No accounts match",
            "Clear a filter or pick another OU. A new organization shows up after the first sync.", null);

    AccountsView(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("page");
        add(new PageHeader("Accounts",
                "Every AWS account of the organization, by OU, as of the last inventory sync."));
        if (currentUser.find().map(u -> u.hasRole(Role.PLATFORM_ADMIN)).orElse(false)) {
            add(new SyncStatusBar("accounts-sync", accounts::syncStatus, accounts::syncRunning,
                    () -> accounts.requestSync(null), this::reload));
        }
        configureTree();
        configureFilters();
        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(search, status, team, tag, csvExport());
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Div right = new Div(filters, grid, empty);
        right.getStyle().set("flex", "1 1 auto").set("min-width", "0");
        HorizontalLayout body = new HorizontalLayout(tree, right);
        body.setWidthFull();
        add(body);
        reload();
    }

    private void configureTree() {
        tree.setId("accounts-ou-tree");
        tree.addHierarchyColumn(OrganizationalUnit::name).setHeader("Organizational units").setSortable(false);
        tree.setWidth("18em");
        tree.setAllRowsVisible(true);
        tree.asSingleSelect().addValueChangeListener(e -> refresh());
    }

    private void configureFilters() {
        search.setId("accounts-search");
        search.setPlaceholder("Id, name, email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("accounts-status");
        status.setItems(STATUSES);
        status.setClearButtonVisible(true);
        team.setId("accounts-team");
        team.setClearButtonVisible(true);
        tag.setId("accounts-tag");
        tag.setPlaceholder("key=value or key");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("accounts-grid");
        // widths set from the content's shape instead of auto width, which measures every cell once rows arrive;
        // the free text columns share what is left
        grid.addColumn(Account::name).setHeader("Name").setWidth("11rem").setFlexGrow(1)
                .setTooltipGenerator(Account::name);
        grid.addColumn(Account::id).setHeader("Account id").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Account::ouPath).setHeader("OU").setWidth("11rem").setFlexGrow(1)
                .setTooltipGenerator(Account::ouPath);
        grid.addColumn(Account::status).setHeader("Status").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Account::ownerTeam).setHeader("Owner team").setWidth("7.5rem").setFlexGrow(1);
        grid.addColumn(Account::costCenter).setHeader("Cost center").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(a -> Formats.dateTime(a.joinedAt())).setHeader("Joined").setWidth("11.5rem").setFlexGrow(0);
        // about ten rows show: a page of 25 instead of Grid's 50
        grid.setPageSize(25);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AccountView.class,
                new RouteParameters(AccountView.ACCOUNT_ID, e.getItem().id()))));
    }

    private Div csvExport() {
        CsvExport<Account> export = new CsvExport<Account>().column("id", Account::id).column("name", Account::name)
                .column("email", Account::email).column("status", Account::status).column("ou", Account::ouPath)
                .column("owner team", Account::ownerTeam).column("cost center", Account::costCenter)
                .column("joined", Account::joinedAt).column("tags", a -> a.tags().entrySet().stream()
                        .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(";")));
        Div wrapper = new Div(export.downloadLink("Export CSV", "accounts.csv",
                () -> allMatching(query())));
        wrapper.setId("accounts-export");
        return wrapper;
    }

    /** Every matching account, read a page of {@link Accounts#MAX_LIMIT} at a time. */
    private Stream<Account> allMatching(AccountQuery query) {
        int count = accounts.count(query);
        return IntStream.iterate(0, offset -> offset < count, offset -> offset + Accounts.MAX_LIMIT).boxed()
                .flatMap(offset -> accounts.search(query, offset, Accounts.MAX_LIMIT).stream());
    }

    AccountQuery query() {
        OrganizationalUnit ou = tree.asSingleSelect().getValue();
        return new AccountQuery(search.getValue(), ou == null ? null : ou.id(), status.getValue(), team.getValue(),
                tag.getValue());
    }

    /** Re-reads the OU tree and teams (after a sync) and the grid. */
    void reload() {
        List<OrganizationalUnit> units = accounts.organizationalUnits();
        Map<String, List<OrganizationalUnit>> children = units.stream().filter(u -> !u.isRoot())
                .collect(Collectors.groupingBy(OrganizationalUnit::parentId));
        List<OrganizationalUnit> roots = units.stream().filter(OrganizationalUnit::isRoot).toList();
        tree.setItems(roots, u -> children.getOrDefault(u.id(), List.of()));
        tree.expandRecursively(roots, 6);
        team.setItems(accounts.teams());
        refresh();
    }

    void refresh() {
        AccountQuery query = query();
        int count = accounts.count(query);
        grid.setItems(q -> accounts.search(query, q.getOffset(), q.getLimit()).stream(), q -> count);
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
    }
}
