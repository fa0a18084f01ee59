package dev.skyway.portal.accounts;

/**
 * One broken rule of an account request field.
 *
 * @param field   the request field, as named in the API ({@code accountEmail}, {@code organizationalUnitId},
 *                {@code tags.<key>}, {@code baseline}, ...)
 * @param rule    e.g. {@code REQUIRED}, {@code MAX_LENGTH}, {@code ALLOWED_PATTERN}, {@code DUPLICATE},
 *                {@code UNKNOWN}
 * @param message what the user can act on
 */
public record AccountRequestViolation(String field, String rule, String message) {
}
