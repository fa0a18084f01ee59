package dev.skyway.portal.compliance.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.ScoreScope;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Which accounts a caller sees and a scope covers, from the account inventory: security and platform admins see
 * every account (also those the inventory does not know yet); everyone else the accounts whose owner team is their
 * team or a team they lead.
 */
@Component
public class AccountScopes {

    private final AccountOwnership ownership;
    private final CurrentUser currentUser;

    AccountScopes(AccountOwnership ownership, CurrentUser currentUser) {
        this.ownership = ownership;
        this.currentUser = currentUser;
    }

    /**
     * What the caller sees.
     *
     * @param accounts absent: every account
     * @param scope    in words, for the answers
     */
    public record Visibility(@Nullable Set<String> accounts, String scope) {

        public boolean sees(String accountId) {
            return accounts == null || accounts.contains(accountId);
        }
    }

    public Visibility visibility() {
        PortalUser user = currentUser.get();
        if (user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            return new Visibility(null, "all accounts");
        }
        Set<String> teams = new TreeSet<>(user.leadOf());
        if (user.team() != null) {
            teams.add(user.team());
        }
        Set<String> accounts = ownership.ownedBy(teams).stream().map(Account::id)
                .collect(Collectors.toUnmodifiableSet());
        return new Visibility(accounts, teams.isEmpty() ? "no team (nothing to show)"
                : "accounts of team" + (teams.size() == 1 ? " " : "s ") + String.join(", ", teams));
    }

    /** The inventory's accounts by id. */
    public Map<String, Account> inventory() {
        return ownership.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity(),
                (a, b) -> a));
    }

    /**
     * The accounts of a scope that the caller sees; absent means every account.
     *
     * @throws InvalidComplianceQueryException when the scope names more than one of account, team and OU
     * @throws AccessDeniedException           when it names an account the caller does not see
     */
    public @Nullable Set<String> accounts(ScoreScope scope, Visibility visibility) {
        long given = java.util.stream.Stream.of(scope.accountId(), scope.team(), scope.ouPath())
                .filter(v -> v != null && !v.isBlank()).count();
        if (given > 1) {
            throw InvalidComplianceQueryException.of("scope", "takes one of accountId, team and ou");
        }
        if (scope.accountId() != null && !scope.accountId().isBlank()) {
            if (!visibility.sees(scope.accountId())) {
                throw new AccessDeniedException("Account " + scope.accountId() + " is not one of the " + visibility
                        .scope() + " that you see");
            }
            return Set.of(scope.accountId());
        }
        List<Account> inventory = ownership.accounts();
        Set<String> matching;
        if (scope.team() != null && !scope.team().isBlank()) {
            matching = inventory.stream().filter(a -> scope.team().equals(a.ownerTeam())).map(Account::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } else if (scope.ouPath() != null && !scope.ouPath().isBlank()) {
            matching = inventory.stream().filter(a -> under(a.ouPath(), scope.ouPath())).map(Account::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } else {
            return visibility.accounts();
        }
        if (visibility.accounts() != null) {
            matching.retainAll(visibility.accounts());
        }
        return Set.copyOf(matching);
    }

    /** Whether an OU path is {@code ou} or below it. */
    public static boolean under(String ouPath, String ou) {
        return ouPath.equals(ou) || ouPath.startsWith(ou + "/");
    }
}
