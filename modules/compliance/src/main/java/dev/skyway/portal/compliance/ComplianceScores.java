package dev.skyway.portal.compliance;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.scores.ScoreService;

/**
 * Scores, computed as Security Hub computes them, over the accounts the caller sees: a framework's per scope
 * (account, team, OU, everything), and the security home's summary.
 */
@Service
public class ComplianceScores {

    private final ScoreService scores;
    private final FrameworkRows frameworks;
    private final AccountScopes scopes;

    ComplianceScores(ScoreService scores, FrameworkRows frameworks, AccountScopes scopes) {
        this.scores = scores;
        this.frameworks = frameworks;
        this.scopes = scopes;
    }

    /**
     * @throws NoSuchElementException          when there is no such framework
     * @throws AccessDeniedException           when the scope names an account the caller does not see
     * @throws InvalidComplianceQueryException when the scope names more than one of account, team and OU
     */
    @PreAuthorize(Roles.READERS)
    public FrameworkScore framework(UUID frameworkId, ScoreScope scope) {
        Framework framework = frameworks.find(frameworkId)
                .orElseThrow(() -> new NoSuchElementException("No framework " + frameworkId));
        AccountScopes.Visibility visibility = scopes.visibility();
        @Nullable Set<String> accounts = scopes.accounts(scope, visibility);
        return scores.framework(framework, accounts, describe(scope, visibility));
    }

    @PreAuthorize(Roles.READERS)
    public ComplianceSummary summary() {
        AccountScopes.Visibility visibility = scopes.visibility();
        return scores.summary(visibility.accounts(), scopes.inventory(), visibility.scope());
    }

    private static String describe(ScoreScope scope, AccountScopes.Visibility visibility) {
        if (scope.accountId() != null) {
            return "account " + scope.accountId();
        }
        if (scope.team() != null) {
            return "accounts of team " + scope.team() + (visibility.accounts() == null ? "" : " that you see");
        }
        if (scope.ouPath() != null) {
            return "accounts in OU " + scope.ouPath() + (visibility.accounts() == null ? "" : " that you see");
        }
        return visibility.scope();
    }
}
