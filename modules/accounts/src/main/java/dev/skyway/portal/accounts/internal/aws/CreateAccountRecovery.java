package dev.skyway.portal.accounts.internal.aws;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.ListCreateAccountStatusResponse;

/**
 * Finds the account a {@code CreateAccount} with an unknown outcome made, without ever creating one. Account names
 * are not unique in an organization (a look-up by name can adopt a stranger's account); root emails are. So the
 * candidate is the account whose {@code Email} is the command's and whose {@code JoinedTimestamp} is at or after
 * the moment the call was recorded as sent ({@code ListAccounts}); its creation request is then the
 * {@code SUCCEEDED} {@code CreateAccountStatus} with its {@code AccountId}. Several candidates, or one without its
 * creation request, are for an operator.
 */
final class CreateAccountRecovery {

    private final OrganizationsClient client;

    CreateAccountRecovery(OrganizationsClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    Recovery find(VendingCommand command, Instant sentAt) {
        String email = command.accountEmail();
        List<Account> candidates = accounts().stream()
                .filter(a -> a.email() != null && a.email().equalsIgnoreCase(email))
                .filter(a -> a.joinedTimestamp() != null && !a.joinedTimestamp().isBefore(sentAt))
                .toList();
        String looked = "an account with email " + email + " that joined the organization at or after " + sentAt;
        if (candidates.isEmpty()) {
            return new Recovery.NotFound("AWS Organizations has no " + looked.substring(3)
                    + " (it may still be creating it)");
        }
        if (candidates.size() > 1) {
            return new Recovery.Ambiguous("AWS Organizations has " + candidates.size() + " accounts matching "
                    + looked + " (" + candidates.stream().map(Account::id).collect(Collectors.joining(", "))
                    + "); the portal does not guess which one is this request's");
        }
        Account account = candidates.getFirst();
        List<CreateAccountStatus> creations = creationsOf(account.id());
        if (creations.size() != 1) {
            return new Recovery.Ambiguous("Account " + account.id() + " matches " + looked + ", but AWS Organizations"
                    + " lists " + creations.size() + " successful creation requests for it, so the portal cannot tie"
                    + " it to this request");
        }
        return new Recovery.Found(creations.getFirst().id(), "Found account " + account.id() + " (" + looked
                + ") created by request " + creations.getFirst().id());
    }

    private List<Account> accounts() {
        String what = "list the organization's accounts";
        return VendingErrors.call(OrganizationsErrors.SERVICE, what, OrganizationsErrors.translator(what),
                () -> AwsPages.items(client.listAccountsPaginator(r -> { }), ListAccountsResponse::accounts));
    }

    private List<CreateAccountStatus> creationsOf(String accountId) {
        String what = "list the account creation requests";
        List<CreateAccountStatus> succeeded = VendingErrors.call(OrganizationsErrors.SERVICE, what,
                OrganizationsErrors.translator(what),
                () -> AwsPages.items(client.listCreateAccountStatusPaginator(r -> r.states(CreateAccountState.SUCCEEDED)),
                        ListCreateAccountStatusResponse::createAccountStatuses));
        return succeeded.stream().filter(s -> accountId.equals(s.accountId())).toList();
    }
}
