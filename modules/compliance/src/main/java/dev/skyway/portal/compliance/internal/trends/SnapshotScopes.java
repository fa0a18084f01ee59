package dev.skyway.portal.compliance.internal.trends;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.compliance.TrendScope;

/** The scopes a day's snapshot covers, each with its accounts: the organization, each account, team and OU. */
final class SnapshotScopes {

    private SnapshotScopes() {
    }

    /**
     * @param withFindings the accounts that have findings that count
     * @param inventory    the inventory's accounts by id (owner teams, OUs)
     */
    static Map<TrendScope, Set<String>> of(Set<String> withFindings, Map<String, Account> inventory) {
        Map<TrendScope, Set<String>> scopes = new LinkedHashMap<>();
        scopes.put(TrendScope.ORGANIZATION, new TreeSet<>(withFindings));
        for (String id : new TreeSet<>(withFindings)) {
            scopes.put(new TrendScope(TrendScope.Kind.ACCOUNT, id), Set.of(id));
            Account account = inventory.get(id);
            if (account == null) {
                continue;
            }
            if (account.ownerTeam() != null) {
                scopes.computeIfAbsent(new TrendScope(TrendScope.Kind.TEAM, account.ownerTeam()),
                        k -> new LinkedHashSet<>()).add(id);
            }
            for (String ou : ancestors(account.ouPath())) {
                scopes.computeIfAbsent(new TrendScope(TrendScope.Kind.OU, ou), k -> new LinkedHashSet<>()).add(id);
            }
        }
        return scopes;
    }

    /** {@code Workloads/Prod} is in {@code Workloads/Prod} and in {@code Workloads}. */
    static Set<String> ancestors(String ouPath) {
        Set<String> paths = new LinkedHashSet<>();
        int slash = -1;
        while ((slash = ouPath.indexOf('/', slash + 1)) > 0) {
            paths.add(ouPath.substring(0, slash));
        }
        paths.add(ouPath);
        return paths;
    }
}
