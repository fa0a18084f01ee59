package dev.skyway.portal.incidents.ui;

import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Severity;

/** Lumo badges for severities and statuses; the text is the value itself, so color is never the only cue. */
final class IncidentBadges {

    private IncidentBadges() {
    }

    /** SEV1 solid red, SEV2 red, SEV3 dark, SEV4 plain. */
    static Span severity(Severity severity) {
        return badge(severity.name(), switch (severity) {
            case SEV1 -> "badge error primary";
            case SEV2 -> "badge error";
            case SEV3 -> "badge contrast";
            case SEV4 -> "badge";
        }, "sev-badge");
    }

    /** Triggered red (nobody is on it), acknowledged and mitigated plain, resolved and closed green. */
    static Span status(IncidentStatus status) {
        return badge(status.name(), switch (status) {
            case TRIGGERED -> "badge error";
            case ACKNOWLEDGED, MITIGATED -> "badge";
            case RESOLVED -> "badge success";
            case CLOSED -> "badge success primary";
        }, "incident-status");
    }

    static Span alertStatus(AlertStatus status) {
        return badge(status.name(), switch (status) {
            case TRIGGERED -> "badge error";
            case ACKNOWLEDGED -> "badge";
            case RESOLVED -> "badge success";
        }, "alert-status");
    }

    static Span alertSeverity(AlertSeverity severity) {
        return badge(severity.name().toLowerCase(java.util.Locale.ROOT), switch (severity) {
            case CRITICAL, ERROR -> "badge error";
            case WARNING -> "badge contrast";
            case INFO -> "badge";
        }, "alert-severity");
    }

    private static Span badge(String text, String theme, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        badge.addClassName(className);
        badge.getElement().setAttribute("data-value", text);
        return badge;
    }
}
