package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * A new action item, or the fields of one to change (a null field stays as it is when changing).
 *
 * @param dueDate {@code YYYY-MM-DD}; an empty string clears it when changing
 * @param status  OPEN, DONE or CANCELLED (changing only)
 */
public record ActionItemDraft(@Nullable String title, @Nullable String owner, @Nullable String dueDate,
                              @Nullable String status) {
}
