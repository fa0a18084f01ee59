package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.cost.CostAllocation;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.cost.SharedCostRule;

/**
 * Adds a shared-cost rule: which spend is shared and how it is split. Fixed splits are typed as
 * {@code team=percent} pairs; the facade checks that they add up to 100, and every problem stays on its field.
 */
class SharedCostRuleDialog extends Dialog {

    private final transient CostAllocation allocation;
    private final transient Runnable onSaved;

    final TextField name = new TextField("Name");
    final Select<String> match = new Select<>();
    final TextField value = new TextField("Value");
    final Select<String> method = new Select<>();
    final TextField shares = new TextField("Fixed shares");
    final Button save = new Button("Add rule");

    SharedCostRuleDialog(CostAllocation allocation, Runnable onSaved) {
        this.allocation = allocation;
        this.onSaved = onSaved;
        setHeaderTitle("Add shared-cost rule");
        setWidth("560px");
        match.setLabel("Match");
        match.setItems(SharedCostRule.MATCHES);
        match.setItemLabelGenerator(AllocationRulesView::matchLabel);
        match.setValue("SERVICE");
        value.setHelperText("The service name, 12-digit account id or charge category (e.g. Tax)");
        method.setLabel("Split");
        method.setItems(SharedCostRule.METHODS);
        method.setItemLabelGenerator(AllocationRulesView::methodLabel);
        method.setValue("PROPORTIONAL");
        shares.setHelperText("Only for a fixed split, e.g. payments=60, checkout=40");
        shares.setEnabled(false);
        method.addValueChangeListener(e -> shares.setEnabled("FIXED".equals(e.getValue())));
        add(new FormLayout(name, match, value, method, shares));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        RuleFields.clear(fields());
        Map<String, BigDecimal> parsed = parsedShares(shares.getValue());
        if (parsed == null) {
            RuleFields.show(fields(), Map.of("shares", "write each team as team=percent, separated by commas"));
            return;
        }
        try {
            allocation.addSharedRule(name.getValue(), match.getValue(), value.getValue(), method.getValue(), parsed);
        } catch (InvalidCostQueryException e) {
            RuleFields.show(fields(), e.problems());
            return;
        }
        close();
        onSaved.run();
    }

    /** "payments=60, checkout=40" as a map; null when a pair cannot be read. */
    static @Nullable Map<String, BigDecimal> parsedShares(String text) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        for (String pair : text.split("[,;]")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                return null;
            }
            try {
                parsed.put(parts[0].strip(), new BigDecimal(parts[1].replace("%", "").strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parsed;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "match", match, "value", value, "method", method, "shares", shares);
    }
}
