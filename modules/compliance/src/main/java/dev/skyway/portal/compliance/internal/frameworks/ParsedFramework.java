package dev.skyway.portal.compliance.internal.frameworks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A framework file as read.
 *
 * @param version  {@code ""} when the file has none
 * @param provider {@code ""} when the file has none
 * @param merged   requirement ids the file held more than once, with how often
 */
public record ParsedFramework(String framework, String name, String version, String provider,
                              @Nullable String description, List<Requirement> requirements, List<Merged> merged) {

    public static final String AUTOMATED = "AUTOMATED";
    public static final String MANUAL = "MANUAL";

    /**
     * @param assessment {@link #MANUAL} when the file says so ({@code AssessmentStatus}) or no check tests it
     * @param checks     the check ids, each once, in the file's order
     * @param attributes the file's {@code Attributes}, as JSON (an array)
     */
    public record Requirement(String id, @Nullable String name, @Nullable String description,
                              @Nullable String section, String assessment, List<String> checks, String attributes) {
    }

    public record Merged(String id, int occurrences) {
    }
}
