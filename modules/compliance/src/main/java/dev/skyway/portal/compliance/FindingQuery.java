package dev.skyway.portal.compliance;

import org.jspecify.annotations.Nullable;

/**
 * Which open findings to list; absent filters match everything.
 *
 * @param controlId matches the tool's control id or the equivalent control across tools
 * @param source    given, the list shows that tool's findings including those another tool also reported;
 *                  absent, such duplicates show once
 * @param team      the accounts whose owner team this is
 * @param page      0-based
 * @param size      1 to {@link #MAX_SIZE}
 */
public record FindingQuery(@Nullable String accountId, @Nullable FindingStatus status, @Nullable String controlId,
                           @Nullable String source, @Nullable Severity severity, @Nullable String team, int page,
                           int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public FindingQuery {
        page = Math.max(0, page);
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    public static FindingQuery all() {
        return new FindingQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }
}
