package dev.skyway.portal.incidents;

/** The incident changed since it was read (someone else moved it): read it again and retry. */
public class IncidentConflictException extends RuntimeException {

    public IncidentConflictException(String message) {
        super(message);
    }
}
