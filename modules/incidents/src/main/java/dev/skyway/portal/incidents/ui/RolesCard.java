package dev.skyway.portal.incidents.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentRole;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.RoleAssignment;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Commander, scribe and communications: who holds each. Whoever runs the incident gives a role to someone, or takes
 * it, or takes it away (the commander role is handed over, never emptied); handing over the commander role hands over
 * command.
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
                if (held.isPresent()) {
                    row.add(remove(role, held.get()));
                }
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

    /** Also on the commander: removing that one says why it cannot be (it is handed over, never emptied). */
    private Button remove(IncidentRole role, RoleAssignment held) {
        Button button = small("Remove", "remove-" + role.name().toLowerCase(java.util.Locale.ROOT),
                () -> remove(role));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button.getElement().setAttribute("aria-label", "Remove " + held.person().name() + " as "
                + role.label().toLowerCase(java.util.Locale.ROOT));
        return button;
    }

    private void remove(IncidentRole role) {
        try {
            incidents.removeRole(incident.id(), role.name());
            changed.run();
        } catch (IncidentsValidationException e) {
            error(String.join("; ", e.problems().values()));
        } catch (java.util.NoSuchElementException e) {
            error(e.getMessage());
        }
    }

    private static void error(String message) {
        Notification notification = Notification.show(message.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + message.substring(1), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("roles-error");
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
