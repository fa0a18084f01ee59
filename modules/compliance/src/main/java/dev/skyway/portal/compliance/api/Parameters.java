package dev.skyway.portal.compliance.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;

/** Query parameters and path ids, checked: a wrong one is a 400 naming it, never a 500 or a silent default. */
final class Parameters {

    private Parameters() {
    }

    /** @throws InvalidComplianceQueryException naming the first parameter outside {@code allowed} */
    static void only(Map<String, String> parameters, Set<String> allowed) {
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw InvalidComplianceQueryException.of(name, "is not a parameter here; use "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The value, stripped; absent when missing or blank. */
    static @Nullable String text(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int integer(Map<String, String> parameters, String name, int fallback, int min, int max) {
        String value = text(parameters, name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw InvalidComplianceQueryException.of(name, "must be a whole number from " + min + " to " + max);
    }

    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidComplianceQueryException.of("id", "must be a UUID");
        }
    }
}
