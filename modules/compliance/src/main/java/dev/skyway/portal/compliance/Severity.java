package dev.skyway.portal.compliance;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** How bad a failing finding is, normalized across tools (Security Hub's labels). */
public enum Severity {
    CRITICAL(5), HIGH(4), MEDIUM(3), LOW(2), INFORMATIONAL(1);

    private final int rank;

    Severity(int rank) {
        this.rank = rank;
    }

    /** 5 (critical) to 1 (informational): what to fix first sorts highest. */
    public int rank() {
        return rank;
    }

    /** The severity named exactly (any case), as the API's filters take it. */
    public static Optional<Severity> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A tool's label, leniently: any case, {@code info}, {@code informative}, {@code moderate}, OCSF's {@code fatal};
     * missing or unknown labels are informational (a finding is never refused for its severity).
     */
    public static Severity normalize(@Nullable String label) {
        if (label == null) {
            return INFORMATIONAL;
        }
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "critical", "fatal", "very high" -> CRITICAL;
            case "high" -> HIGH;
            case "medium", "moderate" -> MEDIUM;
            case "low" -> LOW;
            default -> INFORMATIONAL;
        };
    }

    /** ASFF's {@code Severity.Normalized} (0-100): 90+ critical, 70+ high, 40+ medium, 1+ low, 0 informational. */
    public static Severity fromNormalized(int normalized) {
        if (normalized >= 90) {
            return CRITICAL;
        }
        if (normalized >= 70) {
            return HIGH;
        }
        if (normalized >= 40) {
            return MEDIUM;
        }
        return normalized >= 1 ? LOW : INFORMATIONAL;
    }

    /** OCSF's {@code severity_id}: 1 informational ... 5 critical, 6 fatal; 0 and 99 (unknown, other) informational. */
    public static Severity fromOcsfId(int id) {
        return switch (id) {
            case 5, 6 -> CRITICAL;
            case 4 -> HIGH;
            case 3 -> MEDIUM;
            case 2 -> LOW;
            default -> INFORMATIONAL;
        };
    }
}
