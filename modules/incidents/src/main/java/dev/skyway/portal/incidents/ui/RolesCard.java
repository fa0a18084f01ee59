package dev.skyway.portal.incidents.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentRole;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.RoleAssignment;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Commander, scribe and communications: who holds each. Whoever runs the incident gives a role to someone, or takes
 * it; handing over the commander role hands over command.
 */
class RolesCard extends Div {

    private final transient Incidents incidents;
    private final transient Incident incident;
    private final transient Runnable changed;

    RolesCard(Incidents incidents, Incident incident, List<RoleAssignment> roles, boolean mayRun, PortalUser me,
              Runnable changed) {
        this.incidents = incidents;
        this.incident = incident;
        this.changed = changed;
        setId("incident-roles");
        addClassName("card");
        add(new H3("Roles"));
        for (IncidentRole role : IncidentRole.values()) {
            Optional<RoleAssignment> held = roles.stream().filter(a -> a.role() == role).findFirst();
            Div row = new Div();
            row.addClassName("role-row");
            row.getElement().setAttribute("data-role", role.name());
            row.getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "var(--lumo-space-s)");
            Span holder = new Span(held.map(a -> a.person().name()).orElse("—"));
            holder.addClassName("role-holder");
            row.add(new Span(role.label() + ": "), holder);
            if (mayRun) {
                boolean mine = held.map(a -> a.person().key().equals(me.key())).orElse(false);
                if (!mine) {
                    row.add(small("Take", "take-" + role.name().toLowerCase(java.util.Locale.ROOT),
                            () -> assign(role, me.key().reference())));
                }
                row.add(small("Assign…", "assign-" + role.name().toLowerCase(java.util.Locale.ROOT),
                        () -> assignDialog(role)));
            }
            add(row);
        }
    }

    private static Button small(String label, String id, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void assignDialog(IncidentRole role) {
        new AssignRoleDialog(incidents, incident, role, changed).open();
    }

    private void assign(IncidentRole role, String person) {
        try {
            incidents.assignRole(incident.id(), role.name(), person, null);
        } catch (IncidentsValidationException e) {
            com.vaadin.flow.component.notification.Notification.show(e.getMessage());
        }
        changed.run();
    }
}
