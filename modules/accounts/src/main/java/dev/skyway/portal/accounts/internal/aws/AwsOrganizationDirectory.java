package dev.skyway.portal.accounts.internal.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.skyway.portal.accounts.internal.DirectoryException;
import dev.skyway.portal.accounts.internal.OrganizationDirectory;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsFailure;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.ListOrganizationalUnitsForParentResponse;
import software.amazon.awssdk.services.organizations.model.ListParentsResponse;
import software.amazon.awssdk.services.organizations.model.ListRootsResponse;
import software.amazon.awssdk.services.organizations.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.organizations.model.Tag;

/**
 * The organization from the AWS Organizations API (the management account or a delegated administrator):
 * {@code ListRoots}, {@code ListOrganizationalUnitsForParent} from the root down, {@code ListAccounts}, and per
 * account {@code ListParents} and {@code ListTagsForResource}. Every list is followed through its {@code NextToken}s by
 * the SDK's paginators; throttling ({@code TooManyRequestsException}) is retried by the client's standard retry
 * strategy; errors become {@link DirectoryException}s in the platform's words, with AWS's request id.
 */
public class AwsOrganizationDirectory implements OrganizationDirectory, AutoCloseable {

    public static final String NAME = "aws";
    static final String SERVICE = "AWS Organizations";
    static final String PERMISSIONS = "organizations:List* and ListTagsForResource, from the management account or a"
            + " delegated administrator";

    private final OrganizationsClient client;

    public AwsOrganizationDirectory(OrganizationsClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OrganizationSnapshot read() {
        List<Root> roots = read("the organization's root", () -> client.listRootsPaginator(r -> { }),
                ListRootsResponse::roots);
        if (roots.isEmpty()) {
            throw new DirectoryException("AWS Organizations returned no root for the organization", null, null);
        }
        Root root = roots.getFirst();
        List<Unit> units = new ArrayList<>();
        addChildren(root.id(), units, 0);
        List<Member> accounts = new ArrayList<>();
        for (Account a : read("the account list", () -> client.listAccountsPaginator(r -> { }),
                ListAccountsResponse::accounts)) {
            accounts.add(new Member(a.id(), a.name(), a.email(), a.statusAsString(), parent(a.id()),
                    a.joinedTimestamp(), tags(a.id())));
        }
        return new OrganizationSnapshot(new Unit(root.id(), root.name(), null), units, accounts);
    }

    /** Depth first; Organizations allows five levels of OUs below the root. */
    private void addChildren(String parentId, List<Unit> units, int depth) {
        if (depth > 5) {
            return;
        }
        var children = read("the OUs in " + parentId,
                () -> client.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parentId)),
                ListOrganizationalUnitsForParentResponse::organizationalUnits);
        for (var ou : children) {
            units.add(new Unit(ou.id(), ou.name(), parentId));
            addChildren(ou.id(), units, depth + 1);
        }
    }

    private String parent(String accountId) {
        var parents = read("the parent of account " + accountId,
                () -> client.listParentsPaginator(r -> r.childId(accountId)), ListParentsResponse::parents);
        if (parents.isEmpty()) {
            throw new DirectoryException("AWS Organizations returned no parent for account " + accountId, null, null);
        }
        return parents.getFirst().id();
    }

    private Map<String, String> tags(String accountId) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag t : read("the tags of account " + accountId, () -> client.listTagsForResourcePaginator(r -> r
                .resourceId(accountId)), ListTagsForResourceResponse::tags)) {
            tags.put(t.key(), t.value());
        }
        return tags;
    }

    /** Reads every page of one listing; {@code what} names it (e.g. "the account list"). */
    private static <R, T> List<T> read(String what, Supplier<SdkIterable<R>> paginator, Function<R, List<T>> items) {
        return AwsCall.to(SERVICE, "read " + what).withRetryNote("the next sync will try again")
                .withPermissions(PERMISSIONS)
                .run(() -> AwsPages.items(paginator.get(), items), AwsOrganizationDirectory::translate);
    }

    private static DirectoryException translate(AwsFailure failure) {
        if (failure.exception() instanceof AwsOrganizationsNotInUseException e) {
            return new DirectoryException("The portal's AWS account is not in an organization (AWS Organizations is"
                    + " not in use); point the portal at the management or a delegated administrator account",
                    e.requestId(), e);
        }
        return new DirectoryException(failure.message(), failure.requestId(), failure.exception());
    }

    @Override
    public void close() {
        client.close();
    }
}
