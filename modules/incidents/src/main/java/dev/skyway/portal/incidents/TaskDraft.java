package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * A new task, or what to change of one (a null field stays as it is; an empty owner clears it).
 *
 * @param done true marks it done, false open again
 */
public record TaskDraft(@Nullable String title, @Nullable String owner, @Nullable Boolean done) {
}
