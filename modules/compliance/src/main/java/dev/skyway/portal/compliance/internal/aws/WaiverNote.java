package dev.skyway.portal.compliance.internal.aws;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the waiver mirror writes into a finding's {@code Note}: the waiver's id and expiry, so that anyone looking at
 * the finding in Security Hub knows why it is suppressed, until when, and where to look.
 *
 * @param updatedBy the note's {@code UpdatedBy}: who approved (or the portal, at expiry)
 * @param reason    the waiver's reason, shortened to fit Security Hub's 512 characters
 */
public record WaiverNote(String waiverId, LocalDate expiresOn, String updatedBy, String reason) {

    /** Security Hub's limit on {@code Note.Text} and {@code Note.UpdatedBy}. */
    static final int MAX_LENGTH = 512;

    public WaiverNote {
        Objects.requireNonNull(waiverId, "waiverId");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code Suppressed by Skyway waiver W-17 until 2026-09-30: <reason>}. */
    String suppressedText() {
        return fit("Suppressed by Skyway waiver " + waiverId + " until " + expiresOn + ": " + reason);
    }

    /** @param why e.g. {@code expired on 2026-09-30} or {@code revoked} */
    String reopenedText(String why) {
        return fit("Skyway waiver " + waiverId + " (until " + expiresOn + ") " + why
                + "; the finding counts again.");
    }

    String updatedByText() {
        return fit(updatedBy);
    }

    private static String fit(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
