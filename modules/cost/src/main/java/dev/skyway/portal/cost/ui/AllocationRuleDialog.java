package dev.skyway.portal.cost.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.cost.AllocationRule;
import dev.skyway.portal.cost.CostAllocation;
import dev.skyway.portal.cost.InvalidCostQueryException;

/**
 * Adds an allocation rule. The facade checks every field; its problems appear on the fields they name and the
 * dialog stays open, with nothing stored, until there are none.
 */
class AllocationRuleDialog extends Dialog {

    private final transient CostAllocation allocation;
    private final transient Runnable onSaved;

    final IntegerField priority = new IntegerField("Priority");
    final Select<String> kind = new Select<>();
    final TextField key = new TextField("Tag key");
    final TextField value = new TextField("Value");
    final TextField team = new TextField("Team");
    final TextField costCenter = new TextField("Cost center");
    final Button save = new Button("Add rule");

    AllocationRuleDialog(CostAllocation allocation, Runnable onSaved) {
        this.allocation = allocation;
        this.onSaved = onSaved;
        setHeaderTitle("Add allocation rule");
        setWidth("560px");
        priority.setHelperText("Lower applies first; empty for after the last rule");
        kind.setLabel("Match");
        kind.setItems(AllocationRule.KINDS);
        kind.setItemLabelGenerator(AllocationRulesView::kindLabel);
        kind.setValue("TAG");
        key.setHelperText("Only for a tag rule");
        value.setHelperText("The tag value, a 12-digit account id, or an OU path such as Workloads/Prod");
        kind.addValueChangeListener(e -> key.setEnabled("TAG".equals(e.getValue())));
        add(new FormLayout(priority, kind, key, value, team, costCenter));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        RuleFields.clear(fields());
        try {
            allocation.addRule(priority.getValue(), kind.getValue(), "TAG".equals(kind.getValue())
                    ? key.getValue() : null, value.getValue(), team.getValue(), costCenter.getValue());
        } catch (InvalidCostQueryException e) {
            RuleFields.show(fields(), e.problems());
            return;
        }
        close();
        onSaved.run();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("priority", priority, "kind", kind, "key", key, "value", value, "team", team);
    }
}
