package dev.skyway.portal.catalog.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.skyway.portal.catalog.ParameterDescriptor;

/**
 * An AllowedPattern that Java cannot compile makes the portal refuse every value of that parameter (safer than
 * accepting everything); the admin should know before publishing.
 */
final class PatternWarnings {

    private PatternWarnings() {
    }

    static List<String> of(List<ParameterDescriptor> parameters) {
        return parameters.stream().filter(p -> p.allowedPattern() != null && !compiles(p.allowedPattern()))
                .map(p -> "Parameter " + p.key() + ": AllowedPattern " + p.allowedPattern()
                        + " is not a pattern the portal can apply, so every value will be refused")
                .toList();
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
