package dev.skyway.portal.incidents;

/**
 * An incident's lifecycle, in order: {@code TRIGGERED → ACKNOWLEDGED → MITIGATED → RESOLVED → CLOSED} (closed: the
 * postmortem is done). Only {@link Incident} moves an incident between them.
 */
public enum IncidentStatus {
    TRIGGERED, ACKNOWLEDGED, MITIGATED, RESOLVED, CLOSED;

    /** Still being worked on: not yet resolved. */
    public boolean open() {
        return ordinal() < RESOLVED.ordinal();
    }
}
