package dev.skyway.portal.accounts;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An AWS account of the organization, as of the last successful sync.
 *
 * @param id         the 12-digit account id
 * @param email      the root user's email
 * @param status     AWS's status: {@code ACTIVE}, {@code SUSPENDED}, {@code PENDING_CLOSURE}
 * @param ouId       the parent OU (or the root) id
 * @param ouPath     the parent's path, e.g. {@code Workloads/Prod}, {@code Root} for accounts under the root
 * @param ownerTeam  the {@code owner-team} tag; absent when untagged
 * @param costCenter the {@code cost-center} tag; absent when untagged
 * @param tags       all tags, sorted by key; a missing map means none
 * @param joinedAt   when the account joined the organization
 */
public record Account(String id, String name, String email, String status, String ouId, String ouPath,
                      @Nullable String ownerTeam, @Nullable String costCenter, Map<String, String> tags,
                      @Nullable Instant joinedAt) {

    public static final String OWNER_TEAM_TAG = "owner-team";
    public static final String COST_CENTER_TAG = "cost-center";
    public static final String ENVIRONMENT_TAG = "environment";

    public Account {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tags));
    }
}
