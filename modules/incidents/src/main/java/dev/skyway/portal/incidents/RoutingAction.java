package dev.skyway.portal.incidents;

/** What a routing rule does with a new alert it matches. */
public enum RoutingAction {
    /** open an incident of the rule's severity */
    OPEN_INCIDENT,
    /** attach to an incident open on the alert's account, detected within the rule's window; else open one */
    ATTACH_OR_OPEN,
    /** attach as above; else leave the alert on its own */
    ATTACH_ONLY,
    /** leave the alert on its own (and stop looking at later rules) */
    IGNORE
}
