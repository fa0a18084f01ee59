package dev.skyway.portal.cost.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetConflictException;
import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.InvalidCostQueryException;

/**
 * Creates a budget, or changes one (at the version it was opened with). The server checks every field; its
 * problems appear on the fields they name, and nothing is stored until there are none.
 */
class BudgetDialog extends Dialog {

    private final transient CostBudgets budgets;
    private final @Nullable UUID editingId;
    private final int editingVersion;
    private final transient Runnable onSaved;

    final TextField name = new TextField("Name");
    final Select<BudgetScope.Kind> scopeKind = new Select<>();
    final TextField scopeValue = new TextField("Team, account id or cost center");
    final Select<BudgetPeriod> period = new Select<>();
    final BigDecimalField amount = new BigDecimalField("Amount per period");
    final TextField currency = new TextField("Currency");
    final Select<CostMetric> metric = new Select<>();
    final TextField actualThresholds = new TextField("Alert when spent reaches (%)");
    final TextField forecastThresholds = new TextField("Alert when the forecast reaches (%)");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save");

    /** @param editing the budget to change; null to create one */
    BudgetDialog(CostBudgets budgets, @Nullable Budget editing, Runnable onSaved) {
        this.budgets = budgets;
        this.editingId = editing == null ? null : editing.id();
        this.editingVersion = editing == null ? 0 : editing.version();
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? "New budget" : "Edit budget " + editing.name());
        setWidth("640px");
        scopeKind.setLabel("Scope");
        scopeKind.setItems(BudgetScope.Kind.values());
        scopeKind.setItemLabelGenerator(k -> switch (k) {
            case TEAM -> "Team";
            case ACCOUNT -> "Account";
            case COST_CENTER -> "Cost center";
        });
        period.setLabel("Period");
        period.setItems(BudgetPeriod.values());
        period.setItemLabelGenerator(p -> p == BudgetPeriod.MONTHLY ? "Monthly" : "Quarterly");
        metric.setLabel("Measured in");
        metric.setItems(CostMetric.values());
        actualThresholds.setHelperText("Percentages of the amount, e.g. 50, 80, 100; empty for none");
        forecastThresholds.setHelperText("The forecast for the whole period, e.g. 100");
        problem.addClassName("budget-dialog-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        fill(editing);
        FormLayout form = new FormLayout(name, scopeKind, scopeValue, period, amount, currency, metric,
                actualThresholds, forecastThresholds);
        add(form, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void fill(@Nullable Budget b) {
        name.setValue(b == null ? "" : b.name());
        scopeKind.setValue(b == null ? BudgetScope.Kind.TEAM : b.scope().kind());
        scopeValue.setValue(b == null ? "" : b.scope().value());
        period.setValue(b == null ? BudgetPeriod.MONTHLY : b.period());
        amount.setValue(b == null ? null : b.amount().amount());
        currency.setValue(b == null ? "USD" : b.amount().currency().getCurrencyCode());
        metric.setValue(b == null ? CostMetric.BilledCost : b.metric());
        List<BudgetThreshold> thresholds = b == null ? BudgetThreshold.DEFAULTS : b.thresholds();
        actualThresholds.setValue(percents(thresholds, BudgetThreshold.Type.ACTUAL));
        forecastThresholds.setValue(percents(thresholds, BudgetThreshold.Type.FORECAST));
    }

    void save() {
        clearProblems();
        try {
            if (editingId == null) {
                budgets.create(draft());
            } else {
                budgets.update(editingId, editingVersion, draft());
            }
        } catch (InvalidCostQueryException e) {
            showProblems(e.problems());
            return;
        } catch (BudgetConflictException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return;
        }
        close();
        onSaved.run();
    }

    BudgetDraft draft() {
        List<String> thresholds = new ArrayList<>(keys(actualThresholds.getValue(), BudgetThreshold.Type.ACTUAL));
        thresholds.addAll(keys(forecastThresholds.getValue(), BudgetThreshold.Type.FORECAST));
        return new BudgetDraft(name.getValue(), scopeKind.getValue() == null ? null : scopeKind.getValue().name(),
                scopeValue.getValue(), period.getValue() == null ? null : period.getValue().name(), amount.getValue(),
                currency.getValue(), metric.getValue() == null ? null : metric.getValue().name(), thresholds);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "scopeKind", scopeKind, "scopeValue", scopeValue, "period", period,
                "amount", amount, "currency", currency, "metric", metric, "thresholds", actualThresholds);
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, message) -> {
            HasValidation target = fields().get(field);
            if (target == null) {
                problem.setText(field + " " + message);
                problem.setVisible(true);
            } else {
                target.setErrorMessage(Character.toUpperCase(message.charAt(0)) + message.substring(1));
                target.setInvalid(true);
            }
        });
    }

    private void clearProblems() {
        fields().values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        problem.setVisible(false);
    }

    private static String percents(List<BudgetThreshold> thresholds, BudgetThreshold.Type type) {
        return thresholds.stream().filter(t -> t.type() == type).map(t -> String.valueOf(t.percent()))
                .collect(Collectors.joining(", "));
    }

    /** "50, 80 100" as ACTUAL:50, ACTUAL:80, ACTUAL:100: the server says what is not a percent. */
    private static List<String> keys(String percents, BudgetThreshold.Type type) {
        List<String> keys = new ArrayList<>();
        for (String p : percents.split("[,;\\s]+")) {
            if (!p.isBlank()) {
                keys.add(type + ":" + p.replace("%", "").strip());
            }
        }
        return keys;
    }
}
