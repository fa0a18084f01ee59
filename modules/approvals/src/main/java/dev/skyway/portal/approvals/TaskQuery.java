package dev.skyway.portal.approvals;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the caller's tasks; an absent field does not filter.
 *
 * @param text matches the title or subject id, case-insensitive
 */
public record TaskQuery(@Nullable String subjectType, @Nullable String environment, @Nullable String text) {

    public static TaskQuery all() {
        return new TaskQuery(null, null, null);
    }
}
