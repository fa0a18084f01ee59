package dev.skyway.portal.accounts.internal.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.skyway.portal.accounts.internal.DirectoryException;
import dev.skyway.portal.accounts.internal.OrganizationDirectory;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.organizations.model.Tag;

/**
 * The organization from the AWS Organizations API (the management account or a delegated administrator):
 * {@code ListRoots}, {@code ListOrganizationalUnitsForParent} from the root down, {@code ListAccounts}, and per
 * account {@code ListParents} and {@code ListTagsForResource}. Every list is followed through its {@code NextToken}s;
 * throttling ({@code TooManyRequestsException}) is retried by the client's standard retry strategy; errors become
 * {@link DirectoryException}s with AWS's request id.
 */
public class AwsOrganizationDirectory implements OrganizationDirectory, AutoCloseable {

    public static final String NAME = "aws";

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
        List<Root> roots = pages(token -> AwsErrors.call("the organization's root",
                () -> client.listRoots(r -> r.nextToken(token))), r -> r.roots(), r -> r.nextToken());
        if (roots.isEmpty()) {
            throw new DirectoryException("AWS Organizations returned no root for the organization", null, null);
        }
        Root root = roots.getFirst();
        List<Unit> units = new ArrayList<>();
        addChildren(root.id(), units, 0);
        List<Member> accounts = new ArrayList<>();
        for (Account a : pages(token -> AwsErrors.call("the account list",
                () -> client.listAccounts(r -> r.nextToken(token))), r -> r.accounts(), r -> r.nextToken())) {
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
        var children = pages(token -> AwsErrors.call("the OUs in " + parentId,
                        () -> client.listOrganizationalUnitsForParent(r -> r.parentId(parentId).nextToken(token))),
                r -> r.organizationalUnits(), r -> r.nextToken());
        for (var ou : children) {
            units.add(new Unit(ou.id(), ou.name(), parentId));
            addChildren(ou.id(), units, depth + 1);
        }
    }

    private String parent(String accountId) {
        var parents = pages(token -> AwsErrors.call("the parent of account " + accountId,
                () -> client.listParents(r -> r.childId(accountId).nextToken(token))), r -> r.parents(),
                r -> r.nextToken());
        if (parents.isEmpty()) {
            throw new DirectoryException("AWS Organizations returned no parent for account " + accountId, null, null);
        }
        return parents.getFirst().id();
    }

    private Map<String, String> tags(String accountId) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag t : pages(token -> AwsErrors.call("the tags of account " + accountId,
                () -> client.listTagsForResource(r -> r.resourceId(accountId).nextToken(token))), r -> r.tags(),
                r -> r.nextToken())) {
            tags.put(t.key(), t.value());
        }
        return tags;
    }

    /** Follows {@code NextToken} until AWS returns none (the first call goes without one). */
    static <R, T> List<T> pages(Function<String, R> call, Function<R, List<T>> items, Function<R, String> next) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            R page = call.apply(token);
            all.addAll(items.apply(page));
            token = next.apply(page);
        } while (token != null && !token.isEmpty());
        return all;
    }

    @Override
    public void close() {
        client.close();
    }
}
