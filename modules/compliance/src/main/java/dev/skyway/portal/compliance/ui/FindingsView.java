package dev.skyway.portal.compliance.ui;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingPage;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingSort;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.GridCells;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Open findings of the accounts the user sees, filtered by account, team, severity, status, control, framework and
 * source (all in the URL, so links from the home and the account page land on the same list), sorted by any column,
 * paged from the database, with the total and a CSV export of everything that matches. A row opens the finding.
 */
@Route(ComplianceLinks.FINDINGS)
@PageTitle("Findings · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class FindingsView extends Div implements BeforeEnterObserver {

    static final int EXPORT_PAGE = FindingQuery.MAX_SIZE;

    /**
     * Wide enough for the longest badge (INFORMATIONAL, NOT_AVAILABLE) and the header with its sort arrows: a width
     * from the first page's rows cut the header of a page of PASS badges and the badges of a later page.
     */
    private static final String BADGE_WIDTH = "9.5rem";

    private final transient ComplianceFindings findings;

    final FindingFilterBar filters;
    final Grid<Finding> grid = new Grid<>();
    final Span total = new Span();
    final Paragraph problem = new Paragraph();
    FindingFilters current = FindingFilters.NONE;
    private long count;

    FindingsView(ComplianceFindings findings, ComplianceScores scores, ComplianceFrameworks frameworks) {
        this.findings = findings;
        addClassNames("page", "list-page");
        ComplianceSummary summary = scores.summary();
        filters = new FindingFilterBar(summary.accounts().stream().map(ComplianceSummary.ScopeEntry::key).sorted()
                .toList(), summary.teams().stream().map(ComplianceSummary.ScopeEntry::key).sorted().toList(),
                frameworks.all(), this::edited);
        total.setId("findings-total");
        total.getStyle().set("font-weight", "600");
        problem.setId("findings-problem");
        problem.addClassName("form-refusal");
        problem.setVisible(false);
        Anchor export = csv().downloadLink("Export CSV", "findings.csv", this::allMatching);
        export.setId("findings-export");
        HorizontalLayout summaryLine = new HorizontalLayout(total, export);
        summaryLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new PageHeader("Findings", "Open findings, worst first, from every source; duplicates across tools show "
                        + "once unless a source is chosen."), ComplianceLinks.tabs(ComplianceLinks.FINDINGS),
                ComplianceText.scope(summary.scope(), "findings-scope"), filters, summaryLine, problem,
                configureGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(FindingFilters.parse(event.getLocation().getQueryParameters()));
    }

    /** Shows the list for these filters, as a link to it would. */
    void show(FindingFilters filters) {
        this.filters.show(filters);
        current = filters;
        grid.sort(sortOrder(filters.sort()));
        refresh();
    }

    private Grid<Finding> configureGrid() {
        grid.setId("findings-grid");
        // badges and the link are drawn in the browser from the row's strings (a component per cell made a page of
        // findings 146 kB of UIDL)
        grid.addColumn(GridCells.<Finding>badge("severity", f -> f.severity().name(),
                        f -> ComplianceText.severityTheme(f.severity()))).setHeader("Severity")
                .setKey(FindingSort.Column.SEVERITY.name()).setSortable(true).setWidth(BADGE_WIDTH).setFlexGrow(0);
        grid.addColumn(GridCells.<Finding>badge("finding-status", f -> ComplianceText.statusText(f.status(),
                        f.waived()), f -> ComplianceText.statusTheme(f.status(), f.waived())))
                .setHeader("Status").setKey(FindingSort.Column.STATUS.name()).setSortable(true)
                .setWidth(BADGE_WIDTH).setFlexGrow(0);
        grid.addColumn(GridCells.<Finding>link("finding-link", f -> ComplianceLinks.finding(f.id()),
                        f -> f.control().controlId())).setHeader("Control").setKey(FindingSort.Column.CONTROL.name())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(f -> f.control().title()).setHeader("Title").setFlexGrow(2);
        grid.addColumn(f -> f.resource().accountId()).setHeader("Account").setKey(FindingSort.Column.ACCOUNT.name())
                .setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(f -> f.resource().region()).setHeader("Region").setKey(FindingSort.Column.REGION.name())
                .setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(f -> f.resource().resourceId()).setHeader("Resource").setKey(FindingSort.Column.RESOURCE
                .name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(Finding::source).setHeader("Source").setKey(FindingSort.Column.SOURCE.name())
                .setSortable(true).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(f -> Formats.dateTime(f.times().lastSeen())).setHeader("Last seen")
                .setKey(FindingSort.Column.LAST_SEEN.name()).setSortable(true).setWidth("11rem").setFlexGrow(0);
        grid.getColumns().forEach(c -> {
            if (c.getKey() != null) {
                c.setSortProperty(c.getKey());
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.SHIELD, "No findings match",
                "Clear the filters, or import findings from Security Hub, Config or Prowler.", null));
        // the rest of the window, so the list scrolls inside the grid only; each row shown is the browser's work on
        // every load (a 640 px grid drew twice the rows that a 720 px high window shows of it)
        grid.addClassName("fills-page");
        grid.setPageSize(FindingQuery.DEFAULT_SIZE);
        grid.setMultiSort(false);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ComplianceLinks.finding(e.getItem()
                .id()))));
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                current = current.withSort(sort(e.getSortOrder().stream().map(o -> new QuerySortOrder(
                        o.getSorted().getKey(), o.getDirection())).toList()));
                filters.sort(current.sort());
                remember();
            }
        });
        return grid;
    }

    private void edited(FindingFilters edited) {
        current = edited;
        remember();
        refresh();
    }

    /** The URL follows the filters, so the list can be bookmarked and shared. */
    private void remember() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ComplianceLinks.FINDINGS, current.toQueryParameters())));
    }

    void refresh() {
        problem.setVisible(false);
        try {
            count = search(current, 0, 1).total();
        } catch (AccessDeniedException | InvalidComplianceQueryException | NoSuchElementException e) {
            count = 0;
            problem.setText(e.getMessage());
            problem.setVisible(true);
        }
        total.setText(count + (count == 1 ? " finding" : " findings"));
        grid.setItems(query -> {
            FindingFilters sorted = current.withSort(sort(query.getSortOrders()));
            return count == 0 ? Stream.empty() : Pages.slice(query.getOffset(), query.getLimit(),
                    FindingQuery.DEFAULT_SIZE, page -> search(sorted, page, FindingQuery.DEFAULT_SIZE).items());
        }, query -> (int) Math.min(count, Integer.MAX_VALUE));
    }

    private FindingPage search(FindingFilters filters, int page, int size) {
        return findings.search(filters.query(page, size), filters.framework(), filters.sort());
    }

    private Stream<Finding> allMatching() {
        FindingFilters filters = current;
        long all = search(filters, 0, 1).total();
        return Stream.iterate(0, page -> (long) page * EXPORT_PAGE < all, page -> page + 1)
                .flatMap(page -> search(filters, page, EXPORT_PAGE).items().stream());
    }

    /** The grid's order as the facade takes it; worst first when the grid is unsorted. */
    static FindingSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return FindingSort.WORST_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        return new FindingSort(FindingSort.Column.valueOf(first.getSorted()),
                first.getDirection() == SortDirection.ASCENDING);
    }

    private List<GridSortOrder<Finding>> sortOrder(FindingSort sort) {
        if (sort.equals(FindingSort.WORST_FIRST)) {
            return List.of();
        }
        Grid.Column<Finding> column = grid.getColumnByKey(sort.column().name());
        return column == null ? List.of() : List.of(new GridSortOrder<>(column, sort.ascending()
                ? SortDirection.ASCENDING : SortDirection.DESCENDING));
    }

    private static CsvExport<Finding> csv() {
        return new CsvExport<Finding>().column("id", Finding::id).column("account", f -> f.resource().accountId())
                .column("control", f -> f.control().controlId()).column("control_key", f -> f.control().controlKey())
                .column("title", f -> f.control().title()).column("severity", Finding::severity)
                .column("status", Finding::status).column("waived", Finding::waived).column("muted", Finding::muted)
                .column("source", Finding::source).column("region", f -> f.resource().region())
                .column("resource", f -> f.resource().resourceId())
                .column("resource_type", f -> f.resource().resourceType())
                .column("first_seen_utc", f -> f.times().firstSeen()).column("last_seen_utc", f -> f.times().lastSeen())
                .column("remediation_url", f -> f.remediation().url());
    }
}
