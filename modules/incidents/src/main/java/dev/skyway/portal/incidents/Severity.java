package dev.skyway.portal.incidents;

import java.util.Locale;
import java.util.Optional;

/** How bad an incident is, SEV1 worst; what each means is written by admins (severity definitions). */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity severity : values()) {
            if (severity.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
