package dev.skyway.portal.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The organization as a directory returned it: the root first, then OUs (a parent before its children), then accounts.
 */
public record OrganizationSnapshot(Unit root, List<Unit> units, List<Member> accounts) {

    public OrganizationSnapshot {
        units = List.copyOf(units);
        accounts = List.copyOf(accounts);
    }

    /** The root (without a {@code parentId}) or an OU. */
    public record Unit(String id, String name, @Nullable String parentId) {
    }

    /** An account; {@code parentId} is its OU or the root. */
    public record Member(String id, String name, String email, String status, String parentId,
                         @Nullable Instant joinedAt, Map<String, String> tags) {

        public Member {
            tags = tags == null ? Map.of() : Map.copyOf(tags);
        }
    }
}
