package dev.skyway.portal.accounts;

import java.util.List;
import java.util.Objects;

import dev.skyway.portal.platform.audit.AuditableEvent;

/**
 * What one move of an account request did ({@link AccountRequestLifecycle}): the request before and after it, the
 * lines it adds to the request's timeline, and the events it raises. The store persists exactly this: the fields
 * that differ (only while the stored status is still {@code before}'s), the timeline lines, then the events.
 */
public record AccountRequestTransition(AccountRequest before, AccountRequest after, List<TimelineEntry> timeline,
                                       List<AuditableEvent> events) {

    public AccountRequestTransition {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        timeline = List.copyOf(timeline);
        events = List.copyOf(events);
    }
}
