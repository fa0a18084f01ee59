package dev.skyway.portal.provisioning;

import dev.skyway.portal.approvals.SubjectAction;

/**
 * What a product request does. The names are stable: they are stored, shown and returned by the API, and hashed into
 * the version approvers decide on.
 */
public enum RequestAction {

    /** Provisions a new product; once PROVISIONED the request is the resource ("My resources"). */
    CREATE,
    /** Changes the parameters (and version) of a provisioned product. */
    UPDATE,
    /** Terminates a provisioned product. */
    TERMINATE;

    /** The same action in the approval engine's words, which policies route on. */
    public SubjectAction subjectAction() {
        return SubjectAction.valueOf(name());
    }
}
