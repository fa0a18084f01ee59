package dev.skyway.portal.accounts.ui;

import java.time.Duration;

import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.accounts.AccountRequestStatus;

/** Status badges and wait estimates the vending views share. */
final class RequestBadges {

    private RequestBadges() {
    }

    /** Green when provisioned or closed, red when rejected or failed. */
    static Span status(AccountRequestStatus status) {
        Span badge = new Span(status.name());
        String theme = switch (status) {
            case PROVISIONED, CLOSED -> "badge success";
            case REJECTED, FAILED, NEEDS_OPERATOR -> "badge error";
            case CHANGES_REQUESTED, CANCELLED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("account-request-status");
        return badge;
    }

    /** "about 40 min" (rounded up to minutes; a rough guide). */
    static String estimate(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes >= 120 ? "about " + (minutes + 59) / 60 + " h" : "about " + minutes + " min";
    }
}
