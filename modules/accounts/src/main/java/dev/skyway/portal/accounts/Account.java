package dev.skyway.portal.accounts;

import java.time.Instant;
import java.util.Map;

/**
 * An AWS account of the organization, as of the last successful sync.
 *
 * @param id         the 12-digit account id; never null
 * @param name       never null
 * @param email      the root user's email; never null
 * @param status     AWS's status: {@code ACTIVE}, {@code SUSPENDED}, {@code PENDING_CLOSURE}; never null
 * @param ouId       the parent OU (or the root) id; never null
 * @param ouPath     the parent's path, e.g. {@code Workloads/Prod}, {@code Root} for accounts under the root
 * @param ownerTeam  the {@code owner-team} tag; null when untagged
 * @param costCenter the {@code cost-center} tag; null when untagged
 * @param tags       all tags, sorted by key; never null
 * @param joinedAt   when the account joined the organization; may be null
 */
public record Account(String id, String name, String email, String status, String ouId, String ouPath,
                      String ownerTeam, String costCenter, Map<String, String> tags, Instant joinedAt) {

    public static final String OWNER_TEAM_TAG = "owner-team";
    public static final String COST_CENTER_TAG = "cost-center";
    public static final String ENVIRONMENT_TAG = "environment";

    public Account {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tags));
    }
}
