package dev.skyway.portal.cost.ui;

import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationStatus;

/** Status badges and labels of the savings page. */
final class SavingsBadges {

    private SavingsBadges() {
    }

    /** Green when done, blue-ish (default) when accepted, grey when dismissed. */
    static Span status(RecommendationStatus status) {
        Span badge = new Span(label(status));
        badge.getElement().getThemeList().add(switch (status) {
            case DONE -> "badge success";
            case DISMISSED -> "badge contrast";
            case ACCEPTED -> "badge primary";
            case OPEN -> "badge";
        });
        badge.addClassName("recommendation-status");
        return badge;
    }

    static String label(RecommendationStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case ACCEPTED -> "Accepted";
            case DONE -> "Done";
            case DISMISSED -> "Dismissed";
        };
    }

    static String label(RecommendationKind kind) {
        return switch (kind) {
            case RIGHTSIZE -> "Rightsize";
            case TERMINATE -> "Terminate";
            case SAVINGS_PLAN -> "Savings Plan";
        };
    }
}
