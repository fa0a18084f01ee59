package dev.skyway.portal.cost.ui;

import com.vaadin.flow.component.html.Span;

/** Lumo badges for billing period finality and import status; the text is the status itself. */
final class Badges {

    private Badges() {
    }

    /** FINAL green, OPEN neutral (may still change), ESTIMATED in contrast (the source says it is not final). */
    static Span period(String status) {
        return badge(status, switch (status) {
            case "FINAL" -> "badge success";
            case "ESTIMATED" -> "badge contrast";
            default -> "badge";
        }, "period-status");
    }

    /** COMPLETED green, FAILED red, RUNNING neutral. */
    static Span importStatus(String status) {
        return badge(status, switch (status) {
            case "COMPLETED" -> "badge success";
            case "FAILED" -> "badge error";
            default -> "badge";
        }, "import-status");
    }

    private static Span badge(String text, String theme, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        badge.addClassName(className);
        badge.getElement().setAttribute("data-status", text);
        return badge;
    }
}
