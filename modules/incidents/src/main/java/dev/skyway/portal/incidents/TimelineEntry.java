package dev.skyway.portal.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of an incident's append-only timeline.
 *
 * @param kind    DECLARED, STATUS, ROLE, ALERT, NOTE, ...
 * @param refType what the entry points at (e.g. {@code alert}), with {@code refId}
 */
public record TimelineEntry(long id, Instant at, String kind, String actor, String title, @Nullable String body,
                            @Nullable String refType, @Nullable String refId, @Nullable String link) {
}
