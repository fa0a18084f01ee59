package dev.skyway.portal.compliance.internal.drift;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which stacks the drift page and API list; every absent value matches all.
 *
 * @param status    one of {@link #STATUSES}: the stack's drift status as {@link StackDrift#status()} says it
 * @param requestId the provisioned product (its request id) behind the stack
 */
public record DriftFilter(@Nullable String accountId, @Nullable String status, @Nullable UUID requestId) {

    public static final List<String> STATUSES = List.of("DRIFTED", "IN_SYNC", "UNKNOWN", "NOT_CHECKED",
            "IN_PROGRESS", "FAILED");

    public static DriftFilter all() {
        return new DriftFilter(null, null, null);
    }
}
