package dev.skyway.portal.cost.internal.engine;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Who a rollup row's spend belongs to. The team tag wins; then a finance rule on another tag, an account or an OU
 * (first in priority order); then the account's owner team from the inventory; otherwise nobody (unallocated). The
 * cost center follows the same order with the cost-center tag and the account's cost center.
 */
public final class Allocation {

    /** How the team was found; anything but {@code TAG} counts as untagged spend. */
    public enum TeamSource { TAG, RULE, ACCOUNT, NONE }

    /** An account as the inventory knows it. */
    public record Owner(String accountId, String name, String ouPath, @Nullable String team,
                        @Nullable String costCenter) {
    }

    /** A finance rule on an account id or an OU path (the OU and every OU below it). */
    public record AccountRule(boolean ou, String value, @Nullable String team, @Nullable String costCenter) {

        boolean matches(String accountId, @Nullable Owner owner) {
            if (!ou) {
                return value.equals(accountId);
            }
            return owner != null && (owner.ouPath().equals(value) || owner.ouPath().startsWith(value + "/"));
        }
    }

    public record Allocated(@Nullable String team, TeamSource source, @Nullable String costCenter) {
    }

    private final Map<String, Owner> owners;
    private final List<AccountRule> rules;

    public Allocation(Map<String, Owner> owners, List<AccountRule> rules) {
        this.owners = Map.copyOf(owners);
        this.rules = List.copyOf(rules);
    }

    public @Nullable Owner owner(String accountId) {
        return owners.get(accountId);
    }

    public Allocated allocate(RollupRow row) {
        Owner owner = owners.get(row.subAccountId());
        AccountRule rule = rules.stream().filter(r -> r.matches(row.subAccountId(), owner)).findFirst().orElse(null);
        String team;
        TeamSource source;
        if (row.teamTag() != null) {
            team = row.teamTag();
            source = TeamSource.TAG;
        } else if (row.ruleTeam() != null) {
            team = row.ruleTeam();
            source = TeamSource.RULE;
        } else if (rule != null && rule.team() != null) {
            team = rule.team();
            source = TeamSource.RULE;
        } else if (owner != null && owner.team() != null) {
            team = owner.team();
            source = TeamSource.ACCOUNT;
        } else {
            team = null;
            source = TeamSource.NONE;
        }
        String costCenter = firstNonNull(row.costCenterTag(), row.ruleCostCenter(),
                rule == null ? null : rule.costCenter(), owner == null ? null : owner.costCenter());
        return new Allocated(team, source, costCenter);
    }

    /** The team of a tag rollup row: its team tag, else the account's rule or owner. */
    public @Nullable String team(@Nullable String teamTag, String accountId) {
        if (teamTag != null) {
            return teamTag;
        }
        Owner owner = owners.get(accountId);
        AccountRule rule = rules.stream().filter(r -> r.matches(accountId, owner) && r.team() != null).findFirst()
                .orElse(null);
        return rule != null ? rule.team() : owner == null ? null : owner.team();
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
