package dev.skyway.portal.incidents.internal.intake;

/** What a message asks of the alert its dedup key names. */
public enum SignalAction {
    /** open the alert, or count one more occurrence of the open one */
    TRIGGER,
    /** the open alert is being handled */
    ACKNOWLEDGE,
    /** the open alert is over */
    RESOLVE,
    /** a note on the open alert (e.g. a CloudWatch alarm with insufficient data); opens nothing */
    ANNOTATE
}
