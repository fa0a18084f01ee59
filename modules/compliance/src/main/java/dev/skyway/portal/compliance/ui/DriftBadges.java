package dev.skyway.portal.compliance.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

/** Lumo badges of a stack's drift status. */
final class DriftBadges {

    private DriftBadges() {
    }

    /** Red for DRIFTED and FAILED, green for IN_SYNC, grey otherwise ("In progress" while a first check runs). */
    static Span status(String status) {
        Span badge = new Span(switch (status) {
            case "DRIFTED" -> "Drifted";
            case "IN_SYNC" -> "In sync";
            case "IN_PROGRESS" -> "Checking…";
            case "FAILED" -> "Check failed";
            default -> status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        });
        badge.getElement().getThemeList().add(switch (status) {
            case "DRIFTED", "FAILED" -> "badge error small";
            case "IN_SYNC" -> "badge success small";
            default -> "badge contrast small";
        });
        badge.addClassName("drift-status");
        badge.getElement().setAttribute("data-status", status);
        return badge;
    }

    /** MODIFIED or DELETED. */
    static Span resource(String driftStatus) {
        Span badge = new Span("DELETED".equals(driftStatus) ? "Deleted" : "Modified");
        badge.getElement().getThemeList().add("DELETED".equals(driftStatus) ? "badge error small"
                : "badge warning small");
        return badge;
    }
}
