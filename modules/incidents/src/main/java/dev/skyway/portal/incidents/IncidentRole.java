package dev.skyway.portal.incidents;

import java.util.Locale;
import java.util.Optional;

/** The roles people take in an incident, one person each. The commander runs it and moves it through its lifecycle. */
public enum IncidentRole {
    COMMANDER("Commander"), SCRIBE("Scribe"), COMMUNICATIONS("Communications");

    private final String label;

    IncidentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Without regard to case; empty for anything else. */
    public static Optional<IncidentRole> parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (IncidentRole role : values()) {
            if (role.name().equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
