package dev.skyway.portal.platform.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Filter for browsing the ledger. An absent field does not restrict.
 *
 * @param from   inclusive lower bound of the entry time
 * @param to     exclusive upper bound of the entry time
 * @param actor  substring of the actor's subject or name (case-insensitive)
 * @param action action prefix, e.g. {@code auth.} for all login entries
 * @param target substring of the target type or id (case-insensitive)
 */
public record AuditQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String actor, @Nullable String action,
                         @Nullable String target) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
