package dev.skyway.portal.provisioning;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.catalog.ParameterRule;

/**
 * One broken rule of a request field.
 *
 * @param field   {@code environment}, {@code accountId}, {@code justification}, {@code costCenter},
 *                {@code versionId}, {@code parameters.<Key>} for a template parameter, {@code tags.<key>} for a tag
 *                or {@code tags} for the whole set (see {@link RequestTags})
 * @param rule    e.g. {@code REQUIRED}, {@code ALLOWED_PATTERN} (the {@link ParameterRule} names for parameters)
 * @param message what the user can act on; never contains a NoEcho value
 */
public record RequestViolation(String field, String rule, String message) {

    public static final String PARAMETER_PREFIX = "parameters.";

    /** The parameter key of a {@code parameters.<Key>} field; absent for the request's own fields. */
    public @Nullable String parameterKey() {
        return field.startsWith(PARAMETER_PREFIX) ? field.substring(PARAMETER_PREFIX.length()) : null;
    }
}
