package dev.skyway.portal.incidents;

import java.util.UUID;

/**
 * An incident was opened or changed (status, severity, affected accounts), published synchronously in the
 * transaction that changed it: whatever depends on an incident's state (the change freeze) reads it again then.
 */
public record IncidentChanged(UUID incidentId) {
}
