package dev.skyway.portal.provisioning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a request was created and last changed, and when (a CREATE request) its product was provisioned.
 *
 * @param provisionedAt absent until a CREATE request reached PROVISIONED; always absent for UPDATE and TERMINATE
 */
public record Timing(Instant createdAt, Instant updatedAt, @Nullable Instant provisionedAt) {

    /** A request created now. */
    public static Timing startingAt(Instant now) {
        return new Timing(now, now, null);
    }

    public Timing changedAt(Instant now) {
        return new Timing(createdAt, now, provisionedAt);
    }

    /** Provisioned now (and so changed now). */
    public Timing provisioned(Instant now) {
        return new Timing(createdAt, now, now);
    }
}
