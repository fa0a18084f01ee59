package dev.skyway.portal.incidents;

/** A move the lifecycle does not allow, e.g. back from MITIGATED to ACKNOWLEDGED, or CLOSED before RESOLVED. */
public class IncidentTransitionException extends RuntimeException {

    private final IncidentStatus from;
    private final IncidentStatus to;

    public IncidentTransitionException(IncidentStatus from, IncidentStatus to, String why) {
        super("An incident cannot move from " + from + " to " + to + ": " + why);
        this.from = from;
        this.to = to;
    }

    public IncidentStatus from() {
        return from;
    }

    public IncidentStatus to() {
        return to;
    }
}
