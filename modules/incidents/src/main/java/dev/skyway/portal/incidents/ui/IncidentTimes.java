package dev.skyway.portal.incidents.ui;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Durations as people say them: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
final class IncidentTimes {

    private IncidentTimes() {
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** "+12 min" after {@code from}, or empty when either is absent. */
    static String after(@Nullable Instant from, @Nullable Instant at) {
        return from == null || at == null ? "" : "+" + human(Duration.between(from, at));
    }
}
