package dev.skyway.portal.compliance;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A framework (a standard, a benchmark, a company's own baseline), as Prowler's compliance JSON describes it.
 *
 * @param framework    the file's {@code Framework}, e.g. {@code CIS}
 * @param name         the file's {@code Name}, else its {@code Framework}
 * @param version      the file's {@code Version}; {@code ""} when it has none
 * @param provider     the file's {@code Provider}, e.g. {@code AWS}; {@code ""} when it has none
 * @param origin       {@code BUILTIN} (shipped) or {@code UPLOAD}
 * @param requirements how many requirements it has (after merging repeated ids)
 * @param merged       requirement ids the file held more than once, merged into one each
 */
public record Framework(UUID id, String framework, String name, String version, String provider,
                        @Nullable String description, String origin, int requirements, List<String> merged) {

    public static final String BUILTIN = "BUILTIN";
    public static final String UPLOAD = "UPLOAD";
}
