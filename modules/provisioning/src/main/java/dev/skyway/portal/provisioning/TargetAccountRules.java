package dev.skyway.portal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.directory.AccountDirectory;
import dev.skyway.portal.platform.directory.TargetAccount;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * A request's target account as the inventory knows it, not as the requester says: approval policies route on the
 * request's environment (a {@code dev} request is approved automatically), so it must be the account's own
 * environment, and an engineer may target only their team's accounts.
 * <ul>
 * <li>The environment must be the account's {@code environment} tag; an account without one cannot be targeted
 * (there is nothing to check the request against).</li>
 * <li>The account must be ACTIVE. An account the inventory does not know is refused with {@code portal.aws.mode=aws};
 * the sandbox provisions into any account id (its demo account is not in the simulated organization).</li>
 * <li>The account's {@code owner-team} must be the caller's team, unless the caller is a platform admin or
 * {@code portal.catalog.requests.any-team-account=true}.</li>
 * </ul>
 * Without an {@link AccountDirectory} (the catalog deployed without the accounts module) nothing can be checked and
 * requests are taken as given.
 */
@Component
class TargetAccountRules {

    private final Supplier<@Nullable AccountDirectory> directory;
    private final AwsMode mode;
    private final boolean anyTeamAccount;

    @Autowired
    TargetAccountRules(ObjectProvider<AccountDirectory> directory, AwsClientFactory aws,
                       @Value("${portal.catalog.requests.any-team-account:false}") boolean anyTeamAccount) {
        this(directory::getIfAvailable, aws.mode(), anyTeamAccount);
    }

    /** @param directory supplies none when no directory is deployed */
    TargetAccountRules(Supplier<@Nullable AccountDirectory> directory, AwsMode mode, boolean anyTeamAccount) {
        this.directory = directory;
        this.mode = mode;
        this.anyTeamAccount = anyTeamAccount;
    }

    /** Violations of {@code environment} and {@code accountId} against the inventory; empty when they agree. */
    List<RequestViolation> check(String environment, String accountId) {
        List<RequestViolation> out = new ArrayList<>();
        Optional<TargetAccount> known = find(accountId);
        if (known.isEmpty()) {
            if (directory.get() != null && mode == AwsMode.AWS) {
                out.add(new RequestViolation("accountId", "UNKNOWN_ACCOUNT", "is not an account of the "
                        + "organization's inventory; check the id, or ask a platform admin to sync the inventory"));
            }
            return out;
        }
        TargetAccount account = known.get();
        if (!account.active()) {
            out.add(new RequestViolation("accountId", "ACCOUNT_NOT_ACTIVE", "account " + account.id() + " is "
                    + account.status() + "; products can only be requested into ACTIVE accounts"));
        }
        if (account.environment() == null) {
            out.add(new RequestViolation("environment", "ACCOUNT_ENVIRONMENT_UNKNOWN", "account " + account.id()
                    + " has no environment tag, so its environment cannot be checked; ask a platform admin to tag it"));
        } else if (environment != null && !environment.isBlank() && !account.environment().equals(environment)) {
            out.add(new RequestViolation("environment", "ACCOUNT_ENVIRONMENT", "must be the environment of account "
                    + account.id() + ", which is " + account.environment()));
        }
        return out;
    }

    /** @throws AccessDeniedException when {@code user} may not request products into the account */
    void requireMayTarget(String accountId, PortalUser user) {
        if (anyTeamAccount || user.hasRole(Role.PLATFORM_ADMIN)) {
            return;
        }
        find(accountId).ifPresent(account -> {
            if (account.ownerTeam() == null || !account.ownerTeam().equals(user.team())) {
                throw new AccessDeniedException("Account " + account.id() + " belongs to "
                        + (account.ownerTeam() == null ? "no team" : "team " + account.ownerTeam())
                        + ": you may request products only into your team's accounts");
            }
        });
    }

    private Optional<TargetAccount> find(String accountId) {
        AccountDirectory accounts = directory.get();
        return accounts == null || accountId == null || accountId.isBlank() ? Optional.empty()
                : accounts.find(accountId.strip());
    }
}
