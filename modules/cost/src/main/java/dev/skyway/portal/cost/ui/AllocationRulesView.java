package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.cost.AllocationRule;
import dev.skyway.portal.cost.CostAllocation;
import dev.skyway.portal.cost.SharedCostRule;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.Confirm;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Finance's allocation rules (who spend without a team tag belongs to, in priority order) and shared-cost rules (how
 * common costs are split across teams). Everyone who reads cost sees them; finance and platform admins add and
 * delete them. Reached from the showback page's header rather than the menu.
 */
@Route("cost/allocation")
@PageTitle("Allocation rules · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class AllocationRulesView extends Div {

    private final transient CostAllocation allocation;
    final boolean mayEdit;

    final Paragraph note = new Paragraph();
    final Button addRule = new Button("Add rule", VaadinIcon.PLUS.create());
    final Button addShared = new Button("Add shared-cost rule", VaadinIcon.PLUS.create());
    final Grid<AllocationRule> rules = new Grid<>();
    final Grid<SharedCostRule> shared = new Grid<>();
    @Nullable Dialog dialog;

    AllocationRulesView(CostAllocation allocation, CurrentUser currentUser) {
        this.allocation = allocation;
        this.mayEdit = currentUser.find().map(u -> u.hasAnyRole(Role.FINANCE, Role.PLATFORM_ADMIN)).orElse(false);
        addClassName("page");
        note.setId("allocation-note");
        note.setText(mayEdit
                ? "A change to the allocation rules re-allocates every stored period in the background; the "
                + "showback follows within a few minutes."
                : "Read-only: finance and platform admins change these rules. A change re-allocates every stored "
                + "period in the background.");
        addRule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addRule.addClickListener(e -> open(new AllocationRuleDialog(allocation, this::reload)));
        addRule.setVisible(mayEdit);
        addShared.addClickListener(e -> open(new SharedCostRuleDialog(allocation, this::reload)));
        addShared.setVisible(mayEdit);
        rules.setId("allocation-rules");
        rules.addColumn(AllocationRule::priority).setHeader("Priority").setAutoWidth(true);
        rules.addColumn(AllocationRulesView::condition).setHeader("When").setFlexGrow(1);
        rules.addColumn(r -> orDash(r.team())).setHeader("Team").setAutoWidth(true);
        rules.addColumn(r -> orDash(r.costCenter())).setHeader("Cost center").setAutoWidth(true);
        rules.addColumn(AllocationRule::createdBy).setHeader("Added by").setAutoWidth(true);
        rules.addComponentColumn(r -> deleteButton(describe(r), () -> confirmDelete(r))).setAutoWidth(true)
                .setFlexGrow(0).setVisible(mayEdit);
        rules.setAllRowsVisible(true);
        shared.setId("shared-cost-rules");
        shared.addColumn(SharedCostRule::name).setHeader("Name").setAutoWidth(true);
        shared.addColumn(s -> matchLabel(s.match()) + " = " + s.value()).setHeader("Shared spend").setFlexGrow(1);
        shared.addColumn(s -> methodLabel(s.method())).setHeader("Split").setAutoWidth(true);
        shared.addColumn(s -> split(s.shares())).setHeader("Shares").setAutoWidth(true);
        shared.addComponentColumn(s -> deleteButton(s.name(), () -> confirmDelete(s))).setAutoWidth(true)
                .setFlexGrow(0).setVisible(mayEdit);
        shared.setAllRowsVisible(true);
        add(new PageHeader("Allocation rules", "Who spend without a team tag belongs to (the first matching rule "
                + "by priority wins, after the team tag and before the account's owner team), and how shared costs "
                + "are split across the teams in the showback."), note,
                new H3("Allocation rules"), addRule, rules, new H3("Shared-cost rules"), addShared, shared);
        reload();
    }

    void reload() {
        rules.setItems(allocation.rules().stream().sorted(Comparator.comparingInt(AllocationRule::priority)).toList());
        shared.setItems(allocation.sharedRules());
    }

    private void open(Dialog next) {
        dialog = next;
        next.open();
    }

    void confirmDelete(AllocationRule rule) {
        Confirm.destructive("Delete allocation rule " + describe(rule) + "?", "Its spend goes to the next matching "
                + "rule or the account's owner team; stored periods are re-allocated in the background.", "Delete",
                () -> {
                    allocation.deleteRule(rule.id());
                    reload();
                });
    }

    void confirmDelete(SharedCostRule rule) {
        Confirm.destructive("Delete shared-cost rule " + rule.name() + "?", "Its spend is no longer split across "
                + "the teams in the showback.", "Delete", () -> {
                    allocation.deleteSharedRule(rule.id());
                    reload();
                });
    }

    private static Component deleteButton(String name, Runnable onClick) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> onClick.run());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + name);
        return delete;
    }

    static String describe(AllocationRule rule) {
        return condition(rule) + " → " + (rule.team() != null ? rule.team() : "cost center " + rule.costCenter());
    }

    static String condition(AllocationRule rule) {
        return switch (rule.kind()) {
            case "TAG" -> "tag " + rule.key() + " = " + rule.value();
            case "ACCOUNT" -> "account " + rule.value();
            default -> "OU " + rule.value() + " and below";
        };
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "TAG" -> "Tag key and value";
            case "ACCOUNT" -> "Account";
            default -> "Organizational unit";
        };
    }

    static String matchLabel(String match) {
        return switch (match) {
            case "SERVICE" -> "Service";
            case "ACCOUNT" -> "Account";
            default -> "Charge category";
        };
    }

    static String methodLabel(String method) {
        return switch (method) {
            case "EVEN" -> "Evenly";
            case "PROPORTIONAL" -> "Proportional to direct spend";
            default -> "Fixed percentages";
        };
    }

    private static String split(Map<String, BigDecimal> shares) {
        return shares.isEmpty() ? "—" : shares.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stripTrailingZeros().toPlainString() + " %")
                .collect(Collectors.joining(", "));
    }

    private static String orDash(@Nullable String text) {
        return text == null ? "—" : text;
    }
}
