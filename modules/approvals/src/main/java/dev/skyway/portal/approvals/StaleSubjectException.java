package dev.skyway.portal.approvals;

/** A decision named a subject version (hash) that is no longer the current one: reload and decide again. */
public class StaleSubjectException extends RuntimeException {

    public StaleSubjectException() {
        super("The subject changed since you opened it: review the current version and decide again");
    }
}
