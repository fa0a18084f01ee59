package dev.skyway.portal.incidents.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentConflictException;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTransitionException;
import dev.skyway.portal.incidents.Incidents;

/**
 * The moves the lifecycle allows from where the incident stands, and only those (skipping ahead is allowed: it stamps
 * the skipped steps). The next step is the primary button. Shown to whoever may run the incident.
 */
class LifecycleButtons extends HorizontalLayout {

    LifecycleButtons(Incidents incidents, Incident incident, Runnable changed) {
        setId("lifecycle-buttons");
        setSpacing(true);
        boolean first = true;
        for (IncidentStatus to : legalNext(incident)) {
            Button move = new Button(verb(to), e -> move(incidents, incident, to, changed));
            move.setId("move-" + to.name().toLowerCase(java.util.Locale.ROOT));
            move.addThemeVariants(first ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            first = false;
            add(move);
        }
    }

    /** Asks the incident itself which moves it allows: the lifecycle's rules live in one place. */
    static List<IncidentStatus> legalNext(Incident incident) {
        List<IncidentStatus> next = new ArrayList<>();
        for (IncidentStatus to : IncidentStatus.values()) {
            try {
                incident.moveTo(to, Instant.now());
                next.add(to);
            } catch (IncidentTransitionException e) {
                // not a move from here
            }
        }
        return next;
    }

    static String verb(IncidentStatus to) {
        return switch (to) {
            case TRIGGERED -> "Trigger";
            case ACKNOWLEDGED -> "Acknowledge";
            case MITIGATED -> "Mitigate";
            case RESOLVED -> "Resolve";
            case CLOSED -> "Close";
        };
    }

    private static void move(Incidents incidents, Incident incident, IncidentStatus to, Runnable changed) {
        try {
            incidents.transition(incident.id(), to.name());
        } catch (IncidentTransitionException | IncidentConflictException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        changed.run();
    }
}
