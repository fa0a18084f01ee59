package dev.skyway.portal.platform.directory;

import org.jspecify.annotations.Nullable;

/**
 * An AWS account as the inventory knows it, with what routing and authorization rules need.
 *
 * @param id          the 12-digit account id
 * @param environment the account's {@code environment} tag (e.g. {@code dev}, {@code staging}, {@code prod}); absent
 *                    when untagged
 * @param ownerTeam   the account's {@code owner-team} tag; absent when untagged
 * @param status      AWS's status: {@code ACTIVE}, {@code SUSPENDED}, {@code PENDING_CLOSURE}
 */
public record TargetAccount(String id, @Nullable String environment, @Nullable String ownerTeam, String status) {

    public static final String ACTIVE = "ACTIVE";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
