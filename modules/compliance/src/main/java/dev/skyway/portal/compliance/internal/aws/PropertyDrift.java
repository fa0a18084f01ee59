package dev.skyway.portal.compliance.internal.aws;

import org.jspecify.annotations.Nullable;

/**
 * One property of a drifted resource that differs from its template ({@code PropertyDifferences}).
 *
 * @param path           a JSON pointer, e.g. {@code /VersioningConfiguration/Status}
 * @param expected       the template's value (JSON); absent when the property was added outside the template
 * @param actual         the resource's value (JSON); absent when it was removed
 * @param differenceType {@code ADD}, {@code REMOVE} or {@code NOT_EQUAL}
 */
public record PropertyDrift(String path, @Nullable String expected, @Nullable String actual, String differenceType) {
}
