package dev.skyway.portal.cost.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetConflictException;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.platform.ui.kit.Confirm;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Budgets per team, account or cost center: how much of each is spent this period, where the forecast lands, and
 * which alert thresholds it has crossed. Finance and platform admins create, edit and delete the portal's budgets;
 * the budgets of vended accounts are shown read-only. Everyone else sees the budgets of their teams.
 */
@Route("cost/budgets")
@PageTitle("Budgets · Skyway")
@Menu(order = 63, title = "Budgets", icon = "vaadin:piggy-bank")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class BudgetsView extends Div {

    private final transient CostBudgets budgets;

    final Button create = new Button("New budget", VaadinIcon.PLUS.create());
    final Paragraph scope = new Paragraph();
    final Grid<Budget> grid = new Grid<>();
    final Div empty = new Div();
    @Nullable BudgetDialog dialog;

    BudgetsView(CostBudgets budgets) {
        this.budgets = budgets;
        addClassName("page");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));
        create.setVisible(budgets.mayEdit());
        add(new PageHeader("Budgets", "Spend this period against each budget, with its forecast to the period's "
                + "end. Alerts go out by email and to the chat webhook once per threshold and period.", create));
        scope.addClassName("budgets-scope");
        grid.setId("budgets");
        grid.addComponentColumn(BudgetsView::nameCell).setHeader("Budget").setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(Budget::name, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(b -> b.scope().label()).setHeader("Scope").setAutoWidth(true).setSortable(true);
        grid.addColumn(b -> (b.period() == BudgetPeriod.MONTHLY ? "Monthly" : "Quarterly") + " · "
                + b.status().periodKey()).setHeader("Period").setAutoWidth(true);
        grid.addColumn(b -> Formats.money(b.amount().amount(), b.amount().currency())).setHeader("Amount")
                .setAutoWidth(true).setSortable(true).setComparator(Comparator.comparing(b -> b.amount().amount()));
        grid.addComponentColumn(BudgetBar::new).setHeader("Spent").setFlexGrow(1).setSortable(true)
                .setComparator(Comparator.comparing(b -> b.status().percentUsed()));
        grid.addComponentColumn(BudgetsView::crossedCell).setHeader("Crossed").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(scope, grid, empty);
        reload();
    }

    void reload() {
        List<Budget> all = budgets.list();
        scope.setText("Showing the budgets of " + budgets.scope() + ".");
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.removeAll();
        empty.add(budgets.mayEdit()
                ? new EmptyState(VaadinIcon.PIGGY_BANK, "No budgets yet", "Give a team, an account or a cost "
                + "center a monthly or quarterly amount, and get told when it is about to run out.",
                new Button("New budget", e -> open(null)))
                : new EmptyState(VaadinIcon.PIGGY_BANK, "No budgets for your teams", "Finance sets budgets; "
                + "those of vended accounts appear here too.", null));
        empty.setVisible(all.isEmpty());
    }

    /** Opens the create dialog (null) or the edit dialog of a budget. */
    void open(@Nullable Budget budget) {
        dialog = new BudgetDialog(budgets, budget, this::reload);
        dialog.open();
    }

    void confirmDelete(Budget budget) {
        Confirm.destructive("Delete budget " + budget.name() + "?", "Its alerts stop; the spend it measured "
                + "stays in the reports.", "Delete", () -> {
                    try {
                        budgets.delete(budget.id());
                    } catch (BudgetConflictException e) {
                        Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    reload();
                });
    }

    Component actions(Budget budget) {
        HorizontalLayout actions = new HorizontalLayout();
        if (budgets.mayEdit() && budget.editable()) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(budget));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel("Edit " + budget.name());
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(budget));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete " + budget.name());
            actions.add(edit, delete);
        }
        return actions;
    }

    private static Component nameCell(Budget budget) {
        Div cell = new Div(new Span(budget.name()));
        if (!budget.editable()) {
            Span source = badge(budget.source() == Budget.Source.VENDING ? "from vending" : "from AWS", "contrast");
            source.getElement().setAttribute("title", "Read-only: managed by "
                    + (budget.source() == Budget.Source.VENDING ? "account vending" : "AWS Budgets"));
            cell.add(new Span(" "), source);
        }
        return cell;
    }

    private static Component crossedCell(Budget budget) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        for (BudgetThreshold t : budget.status().crossed()) {
            badges.add(badge((t.type() == BudgetThreshold.Type.ACTUAL ? "Spent " : "Forecast ") + t.percent() + "%",
                    t.percent() >= 100 ? "error" : ""));
        }
        if (budget.status().crossed().isEmpty()) {
            badges.add(new Span("—"));
        }
        return badges;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        badge.addClassName("budget-badge-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return badge;
    }
}
