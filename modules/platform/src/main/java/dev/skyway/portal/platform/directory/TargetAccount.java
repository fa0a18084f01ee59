package dev.skyway.portal.platform.directory;

/**
 * An AWS account as the inventory knows it, with what routing and authorization rules need.
 *
 * @param id          the 12-digit account id
 * @param environment the account's {@code environment} tag (e.g. {@code dev}, {@code staging}, {@code prod}); null when
 *                    untagged
 * @param ownerTeam   the account's {@code owner-team} tag; null when untagged
 * @param status      AWS's status: {@code ACTIVE}, {@code SUSPENDED}, {@code PENDING_CLOSURE}
 */
public record TargetAccount(String id, String environment, String ownerTeam, String status) {

    public static final String ACTIVE = "ACTIVE";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
