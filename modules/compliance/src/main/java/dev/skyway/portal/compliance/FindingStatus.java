package dev.skyway.portal.compliance;

import java.util.Locale;
import java.util.Optional;

/**
 * The result of one check on one resource, in every tool's words mapped to four. The order is the precedence a
 * control's status takes from its findings: one failing resource fails the control.
 */
public enum FindingStatus {
    /** The resource does not meet the control. */
    FAIL,
    /** A person must judge (Prowler's MANUAL checks; requirements no tool checks). */
    MANUAL,
    /** The tool could not tell (Security Hub's WARNING and NOT_AVAILABLE). */
    NOT_AVAILABLE,
    /** The resource meets the control. */
    PASS;

    /** The status named exactly (any case), as the API's filters take it. */
    public static Optional<FindingStatus> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The more decisive of two statuses (FAIL over MANUAL over NOT_AVAILABLE over PASS). */
    public FindingStatus worse(FindingStatus other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
