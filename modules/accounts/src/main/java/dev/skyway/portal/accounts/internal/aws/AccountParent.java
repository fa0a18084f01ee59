package dev.skyway.portal.accounts.internal.aws;

import java.util.List;

import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ListParentsResponse;
import software.amazon.awssdk.services.organizations.model.Parent;

/** Where an account sits in the organization, for the steps that move it (placing a new account, closing one). */
final class AccountParent {

    private AccountParent() {
    }

    /**
     * @param retryNote what the caller says happens next when AWS names no parent (the step is retried)
     * @return the id of the account's parent (an OU or the root)
     * @throws VendingException (retryable) when AWS names no parent, or translated from the AWS error
     */
    static String of(OrganizationsClient client, String accountId, String retryNote) {
        String where = "find where account " + accountId + " is";
        List<Parent> parents = VendingErrors.call(OrganizationsErrors.SERVICE, where,
                OrganizationsErrors.translator(where),
                () -> AwsPages.items(client.listParentsPaginator(r -> r.childId(accountId)),
                        ListParentsResponse::parents));
        if (parents.isEmpty()) {
            throw new VendingException("AWS Organizations returned no parent for account " + accountId + "; "
                    + retryNote, null, null, true, null);
        }
        return parents.getFirst().id();
    }
}
