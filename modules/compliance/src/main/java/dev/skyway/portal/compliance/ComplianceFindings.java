package dev.skyway.portal.compliance;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.findings.FindingDetails;
import dev.skyway.portal.compliance.internal.findings.FindingQueries;

/** The findings list: security and platform admins see every account's, everyone else their teams' accounts'. */
@Service
public class ComplianceFindings {

    private final FindingQueries queries;
    private final FindingDetails details;
    private final AccountScopes scopes;

    ComplianceFindings(FindingQueries queries, FindingDetails details, AccountScopes scopes) {
        this.queries = queries;
        this.details = details;
        this.scopes = scopes;
    }

    /**
     * Open findings matching the query, worst first.
     *
     * @throws AccessDeniedException when the query names an account the caller does not see
     */
    @PreAuthorize(Roles.READERS)
    public FindingPage search(FindingQuery query) {
        return search(query, null, FindingSort.WORST_FIRST);
    }

    /**
     * Open findings matching the query, in the given order.
     *
     * @param frameworkId limits the list to the checks of this framework's requirements
     * @throws AccessDeniedException when the query names an account the caller does not see
     */
    @PreAuthorize(Roles.READERS)
    public FindingPage search(FindingQuery query, @Nullable UUID frameworkId, FindingSort sort) {
        AccountScopes.Visibility visibility = scopes.visibility();
        if (query.accountId() != null && !visibility.sees(query.accountId())) {
            throw new AccessDeniedException("Account " + query.accountId() + " is not one of the "
                    + visibility.scope() + " that you see");
        }
        @Nullable Set<String> team = query.team() == null ? null
                : scopes.accounts(new ScoreScope(null, query.team(), null), visibility);
        @Nullable Set<String> controlKeys = frameworkId == null ? null : details.controlKeys(frameworkId);
        return queries.search(query, visibility.accounts(), team, controlKeys, sort, visibility.scope());
    }

    /**
     * A finding, open or resolved, with its history and the framework requirements it maps to; empty when unknown
     * or on an account the caller does not see.
     */
    @PreAuthorize(Roles.READERS)
    public Optional<FindingDetail> find(UUID id) {
        AccountScopes.Visibility visibility = scopes.visibility();
        return details.find(id).filter(f -> visibility.sees(f.resource().accountId()))
                .map(f -> new FindingDetail(f, details.history(id), details.requirements(f.control().controlKey())));
    }
}
