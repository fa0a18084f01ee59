package dev.skyway.portal.incidents.ui;

import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.RoutingAction;
import dev.skyway.portal.incidents.RoutingRuleDraft;
import dev.skyway.portal.incidents.RoutingRules;
import dev.skyway.portal.incidents.Severity;

/** A new routing rule, added last: which alerts it matches and what it does with them, each field checked. */
class RoutingRuleDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Select<UUID> integration = new Select<>();
    final Select<AlertSeverity> minSeverity = new Select<>();
    final TextField account = new TextField("Account");
    final TextField service = new TextField("Service");
    final Select<RoutingAction> action = new Select<>();
    final Select<Severity> incidentSeverity = new Select<>();
    final IntegerField window = new IntegerField("Attach window (minutes)");
    final Paragraph error = new Paragraph();

    RoutingRuleDialog(RoutingRules rules, Map<UUID, String> integrations, Runnable added) {
        setId("routing-rule-dialog");
        setHeaderTitle("Add routing rule");
        name.setId("rule-name");
        integration.setLabel("Integration");
        integration.setItems(integrations.keySet());
        integration.setItemLabelGenerator(id -> id == null ? "Any"
                : integrations.getOrDefault(id, id.toString()));
        integration.setEmptySelectionAllowed(true);
        integration.setEmptySelectionCaption("Any");
        minSeverity.setLabel("Alert severity at least");
        minSeverity.setItems(AlertSeverity.values());
        minSeverity.setEmptySelectionAllowed(true);
        minSeverity.setEmptySelectionCaption("Any");
        account.setPlaceholder("Any (or a 12-digit id)");
        service.setPlaceholder("Any");
        action.setId("rule-action");
        action.setLabel("Then");
        action.setItems(RoutingAction.values());
        action.setItemLabelGenerator(a -> a == null ? "" : actionLabel(a));
        incidentSeverity.setId("rule-incident-severity");
        incidentSeverity.setLabel("Incident severity");
        incidentSeverity.setItems(Severity.values());
        incidentSeverity.setEmptySelectionAllowed(true);
        window.setHelperText("For the attaching actions; default 60");
        add(new FormLayout(name, integration, minSeverity, account, service, action, incidentSeverity, window),
                error);
        Button save = new Button("Add rule", e -> {
            try {
                rules.create(new RoutingRuleDraft(name.getValue(), null, true, integration.getValue(),
                        minSeverity.getValue() == null ? null : minSeverity.getValue().name(),
                        account.getValue().isBlank() ? null : account.getValue().strip(), service.getValue(),
                        action.getValue() == null ? null : action.getValue().name(),
                        incidentSeverity.getValue() == null ? null : incidentSeverity.getValue().name(),
                        window.getValue()));
                close();
                added.run();
            } catch (IncidentsValidationException ex) {
                error.setText(FieldErrors.show(ex, Map.of("name", name, "minSeverity", minSeverity, "accountId",
                        account, "action", action, "incidentSeverity", incidentSeverity, "attachWindowMinutes",
                        window)));
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(720px, 95vw)");
    }

    static String actionLabel(RoutingAction action) {
        return switch (action) {
            case OPEN_INCIDENT -> "Open an incident";
            case ATTACH_OR_OPEN -> "Attach to an open incident on the account, else open one";
            case ATTACH_ONLY -> "Attach to an open incident on the account, else nothing";
            case IGNORE -> "Ignore (stop here)";
        };
    }
}
