package dev.skyway.portal.accounts.internal.requests;

import java.util.List;

import dev.skyway.portal.accounts.AccountRequestValidationException;
import dev.skyway.portal.accounts.AccountRequestViolation;

/**
 * The free texts of deciding on and cancelling a request, held to the columns they end in before anything is
 * recorded: a text refused half-way (by the database, or by the approval engine after part of the decision was
 * written) would leave a half-recorded decision.
 */
public final class DecisionTexts {

    /** An approval comment or a rejection reason: the approval engine's and the request's column size. */
    public static final int MAX_DECISION_TEXT = 4000;
    /** A cancellation reason: with "Cancelled by <name>: " it must fit the request's status reason (4000). */
    public static final int MAX_CANCEL_REASON = 2000;

    private DecisionTexts() {
    }

    /** @throws AccountRequestValidationException naming {@code field} when missing (if required) or too long */
    public static void check(String field, String text, boolean required, int max) {
        if (required && (text == null || text.isBlank())) {
            throw refused(field, "REQUIRED", "is required: say why");
        }
        if (text != null && text.length() > max) {
            throw refused(field, "MAX_LENGTH", "must be at most " + max + " characters");
        }
    }

    private static AccountRequestValidationException refused(String field, String rule, String message) {
        return new AccountRequestValidationException(List.of(new AccountRequestViolation(field, rule, message)));
    }
}
