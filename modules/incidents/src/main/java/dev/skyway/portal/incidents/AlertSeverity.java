package dev.skyway.portal.incidents;

import java.util.Locale;
import java.util.Optional;

/** How bad a signal says it is, in the Events API's words (worst first). */
public enum AlertSeverity {
    CRITICAL, ERROR, WARNING, INFO;

    /** True when this is as bad as {@code other} or worse. */
    public boolean atLeast(AlertSeverity other) {
        return ordinal() <= other.ordinal();
    }

    /** {@code critical}, {@code error}, {@code warning}, {@code info} in any case; empty for anything else. */
    public static Optional<AlertSeverity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (AlertSeverity severity : values()) {
            if (severity.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
