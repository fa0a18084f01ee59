package dev.skyway.portal.approvals;

/** What the subject asks to do to the thing it is about. */
public enum SubjectAction {
    CREATE, UPDATE, TERMINATE
}
