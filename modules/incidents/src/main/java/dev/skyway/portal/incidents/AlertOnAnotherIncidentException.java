package dev.skyway.portal.incidents;

import java.util.UUID;

/**
 * The alert belongs to another open incident, and moving it was not asked for (the API answers 409). The message
 * states the fact only; how to ask for the move is the caller's own (a request field, a checkbox).
 */
public class AlertOnAnotherIncidentException extends RuntimeException {

    private final UUID incidentId;

    public AlertOnAnotherIncidentException(String message, UUID incidentId) {
        super(message);
        this.incidentId = incidentId;
    }

    /** the open incident the alert is on */
    public UUID incidentId() {
        return incidentId;
    }
}
