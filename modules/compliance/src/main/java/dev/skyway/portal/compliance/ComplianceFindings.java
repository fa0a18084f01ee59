package dev.skyway.portal.compliance;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.findings.FindingQueries;

/** The findings list: security and platform admins see every account's, everyone else their teams' accounts'. */
@Service
public class ComplianceFindings {

    private final FindingQueries queries;
    private final AccountScopes scopes;

    ComplianceFindings(FindingQueries queries, AccountScopes scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    /**
     * Open findings matching the query, worst first.
     *
     * @throws AccessDeniedException when the query names an account the caller does not see
     */
    @PreAuthorize(Roles.READERS)
    public FindingPage search(FindingQuery query) {
        AccountScopes.Visibility visibility = scopes.visibility();
        if (query.accountId() != null && !visibility.sees(query.accountId())) {
            throw new AccessDeniedException("Account " + query.accountId() + " is not one of the "
                    + visibility.scope() + " that you see");
        }
        @Nullable Set<String> team = query.team() == null ? null
                : scopes.accounts(new ScoreScope(null, query.team(), null), visibility);
        return queries.search(query, visibility.accounts(), team, visibility.scope());
    }
}
