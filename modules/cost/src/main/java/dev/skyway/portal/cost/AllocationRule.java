package dev.skyway.portal.cost;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A finance rule that gives spend without a team tag to a team or cost center (like an AWS Cost Category rule).
 * Rules apply in priority order (lowest first), after the team tag and before the account's owner team.
 *
 * @param kind  {@code TAG} (tag {@code key} equals {@code value}), {@code ACCOUNT} (account id) or {@code OU} (an OU
 *              path such as {@code Workloads/Prod}, and every OU below it)
 */
public record AllocationRule(UUID id, int priority, String kind, @Nullable String key, String value,
                             @Nullable String team, @Nullable String costCenter, String createdBy, Instant createdAt) {

    public static final java.util.List<String> KINDS = java.util.List.of("TAG", "ACCOUNT", "OU");
}
