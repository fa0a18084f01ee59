package dev.skyway.portal.cost.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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

import dev.skyway.portal.cost.CostSavings;
import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationAction;
import dev.skyway.portal.cost.RecommendationFilter;
import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationStatus;
import dev.skyway.portal.cost.RecommendationTransitionException;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Savings: the four figures (estimated savings still open, realized savings, commitment coverage and utilization of
 * a month), and the recommendations the user may see with their status, filterable by status and kind (kept in the
 * URL), exportable to CSV, and for those who may act, the moves each one's status allows (dismissing asks why).
 */
@Route("cost/savings")
@PageTitle("Savings · Skyway")
@Menu(order = 64, title = "Savings", icon = "vaadin:trending-down")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class SavingsView extends Div implements BeforeEnterObserver {

    static final int MONTHS = 13;

    private final transient CostSavings savings;
    private final boolean mayAct;
    final SavingsCards cards = new SavingsCards();
    final Select<YearMonth> month = new Select<>();
    final Select<RecommendationStatus> status = new Select<>();
    final Select<RecommendationKind> kind = new Select<>();
    final Grid<Recommendation> grid = new Grid<>();
    final EmptyState empty = new EmptyState(VaadinIcon.TRENDING_DOWN, "No savings recommendations yet",
            "Rightsizing and Savings Plans recommendations appear here after the next refresh from Cost Explorer "
                    + "(the sandbox has its own).", null);
    private boolean restoring;

    SavingsView(CostSavings savings, Clock clock) {
        this.savings = savings;
        this.mayAct = savings.mayAct();
        addClassName("page");
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        month.setLabel("Month");
        month.setItems(IntStream.range(0, MONTHS).mapToObj(current::minusMonths).toList());
        month.setValue(current);
        month.setId("savings-month");
        status.setLabel("Status");
        status.setItems(RecommendationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All" : SavingsBadges.label(s)); // null: the empty choice
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setId("savings-status-filter");
        kind.setLabel("Kind");
        kind.setItems(RecommendationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "All" : SavingsBadges.label(k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All");
        kind.setId("savings-kind-filter");
        var download = export().downloadLink("Export CSV", "savings-recommendations.csv",
                () -> savings.recommendations(filter()).stream());
        download.setId("savings-export");
        add(new PageHeader("Savings", "Rightsizing and Savings Plans recommendations: decide, do, and see what "
                + "they saved. Showing " + savings.scope() + ".", download));
        HorizontalLayout bar = new HorizontalLayout(month, status, kind);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(cards, bar);
        columns();
        add(grid, empty);
        month.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        kind.addValueChangeListener(e -> changed());
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        RecommendationFilter before = filter();
        YearMonth monthBefore = month.getValue();
        restoring = true;
        try {
            status.setValue(parse(params, "status", RecommendationStatus.class));
            kind.setValue(parse(params, "kind", RecommendationKind.class));
            String m = params.getOrDefault("month", List.of()).stream().findFirst().orElse(null);
            if (m != null && m.matches("\\d{4}-\\d{2}") && month.getListDataView().contains(YearMonth.parse(m))) {
                month.setValue(YearMonth.parse(m));
            }
        } finally {
            restoring = false;
        }
        if (!filter().equals(before) || !month.getValue().equals(monthBefore)) {
            refresh(); // the constructor showed the unfiltered page
        }
    }

    RecommendationFilter filter() {
        return new RecommendationFilter(status.getValue(), kind.getValue(), null);
    }

    void refresh() {
        cards.show(savings.summary(month.getValue()));
        List<Recommendation> items = savings.recommendations(filter());
        grid.setItems(items);
        boolean none = items.isEmpty() && status.getValue() == null && kind.getValue() == null;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private void changed() {
        if (restoring) {
            return;
        }
        refresh();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("month", month.getValue().toString());
        if (status.getValue() != null) {
            params.put("status", status.getValue().name());
        }
        if (kind.getValue() != null) {
            params.put("kind", kind.getValue().name());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("cost/savings", QueryParameters.simple(params))));
    }

    private void columns() {
        grid.setId("savings-recommendations");
        grid.addComponentColumn(r -> SavingsBadges.status(r.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> SavingsBadges.label(r.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(SavingsView::account).setHeader("Account").setAutoWidth(true);
        grid.addColumn(Recommendation::summary).setHeader("Recommendation").setFlexGrow(1);
        grid.addColumn(r -> SavingsFormats.money(r.figures().estimatedMonthlySavings(), r.figures().currency()))
                .setHeader("Est. savings / month").setAutoWidth(true);
        grid.addColumn(SavingsFormats::realized).setHeader("Realized / month").setAutoWidth(true);
        grid.addColumn(r -> r.tracking().reason() == null ? "" : r.tracking().reason()).setHeader("Reason")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setVisible(mayAct);
        grid.setEmptyStateText("No recommendations match the filters.");
    }

    HorizontalLayout actions(Recommendation r) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        for (RecommendationAction action : r.lifecycle().allowed()) {
            Button button = new Button(SavingsFormats.label(action), e -> act(r, action));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.addClassName("savings-" + action.name().toLowerCase(java.util.Locale.ROOT));
            buttons.add(button);
        }
        return buttons;
    }

    /** Makes the move, or for a dismissal opens the dialog that asks why. */
    void act(Recommendation r, RecommendationAction action) {
        switch (action) {
            case ACCEPT -> run(() -> savings.accept(r.id()));
            case DONE -> run(() -> savings.done(r.id()));
            case REOPEN -> run(() -> savings.reopen(r.id()));
            // a refused reason propagates to the dialog, which shows it and stays open
            case DISMISS -> new SavingsDismissDialog(r, reason -> run(() -> savings.dismiss(r.id(), reason))).open();
        }
    }

    /** Makes a move; one that someone else's move made impossible is explained, and the page shows the news. */
    private void run(Runnable move) {
        try {
            move.run();
        } catch (RecommendationTransitionException | java.util.NoSuchElementException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private static CsvExport<Recommendation> export() {
        return new CsvExport<Recommendation>().column("id", Recommendation::id)
                .column("source", Recommendation::source).column("kind", Recommendation::kind)
                .column("status", Recommendation::status).column("account id", r -> r.target().subAccountId())
                .column("account name", r -> r.target().accountName())
                .column("resource id", r -> r.target().resourceId())
                .column("service", r -> r.target().serviceName()).column("summary", Recommendation::summary)
                .column("currency", r -> r.figures().currency()).column("monthly cost", r -> r.figures().monthlyCost())
                .column("estimated monthly savings", r -> r.figures().estimatedMonthlySavings())
                .column("reason", r -> r.tracking().reason()).column("done at", r -> r.tracking().doneAt())
                .column("baseline daily cost", r -> r.realized() == null ? null : r.realized().baselineDailyCost())
                .column("realized monthly savings", Recommendation::realizedMonthlySavings)
                .column("updated by", r -> r.tracking().updatedBy()).column("updated at", r -> r.tracking().updatedAt());
    }

    private static String account(Recommendation r) {
        Recommendation.Target t = r.target();
        if (t.subAccountId() == null) {
            return "Organization";
        }
        return t.accountName() == null ? t.subAccountId() : t.accountName() + " (" + t.subAccountId() + ")";
    }

    private static <E extends Enum<E>> @Nullable E parse(Map<String, List<String>> params, String name,
                                                         Class<E> type) {
        String value = params.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // a hand-edited link: show everything rather than fail
        }
    }
}
