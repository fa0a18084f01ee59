package dev.skyway.portal.incidents.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentRole;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;

/** Gives a role to a person named by their key (or a demo user's username), shown by the name given. */
class AssignRoleDialog extends Dialog {

    final TextField user = new TextField("Person");
    final TextField name = new TextField("Shown as");

    AssignRoleDialog(Incidents incidents, Incident incident, IncidentRole role, Runnable changed) {
        setId("assign-role-dialog");
        setHeaderTitle(role.label() + " of " + incident.reference());
        user.setId("role-user");
        user.setHelperText("issuer#subject, or a demo user's username");
        name.setId("role-name");
        name.setHelperText("Optional: how the timeline names them");
        add(new FormLayout(user, name));
        Button save = new Button("Assign", e -> {
            try {
                incidents.assignRole(incident.id(), role.name(), user.getValue(), name.getValue());
                close();
                changed.run();
            } catch (IncidentsValidationException ex) {
                FieldErrors.show(ex, Map.of("user", user, "name", name));
            }
        });
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
