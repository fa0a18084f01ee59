package dev.skyway.portal.incidents.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.ui.kit.GridCells;

/** Lumo badges for severities and statuses; the text is the value itself, so color is never the only cue. */
final class IncidentBadges {

    private IncidentBadges() {
    }

    static Span severity(Severity severity) {
        return badge(severity.name(), theme(severity), "sev-badge");
    }

    /** SEV1 solid red, SEV2 red, SEV3 dark, SEV4 plain. */
    static String theme(Severity severity) {
        return switch (severity) {
            case SEV1 -> "badge error primary";
            case SEV2 -> "badge error";
            case SEV3 -> "badge contrast";
            case SEV4 -> "badge";
        };
    }

    static Span status(IncidentStatus status) {
        return badge(status.name(), theme(status), "incident-status");
    }

    /** Triggered red (nobody is on it), acknowledged and mitigated plain, resolved and closed green. */
    static String theme(IncidentStatus status) {
        return switch (status) {
            case TRIGGERED -> "badge error";
            case ACKNOWLEDGED, MITIGATED -> "badge";
            case RESOLVED -> "badge success";
            case CLOSED -> "badge success primary";
        };
    }

    /** An alert's severity in a grid cell, drawn in the browser. */
    static LitRenderer<Alert> alertSeverityCell() {
        return GridCells.badge("alert-severity", a -> text(a.severity()), a -> theme(a.severity()));
    }

    static LitRenderer<Alert> alertStatusCell() {
        return GridCells.badge("alert-status", a -> a.status().name(), a -> theme(a.status()));
    }

    static String theme(AlertStatus status) {
        return switch (status) {
            case TRIGGERED -> "badge error";
            case ACKNOWLEDGED -> "badge";
            case RESOLVED -> "badge success";
        };
    }

    static String text(AlertSeverity severity) {
        return severity.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String theme(AlertSeverity severity) {
        return switch (severity) {
            case CRITICAL, ERROR -> "badge error";
            case WARNING -> "badge contrast";
            case INFO -> "badge";
        };
    }

    private static Span badge(String text, String theme, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        badge.addClassName(className);
        badge.getElement().setAttribute("data-value", text);
        return badge;
    }
}
