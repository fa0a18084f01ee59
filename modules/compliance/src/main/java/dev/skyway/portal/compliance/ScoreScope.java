package dev.skyway.portal.compliance;

import org.jspecify.annotations.Nullable;

/**
 * Where to score: one account, the accounts of a team, the accounts in an OU (and below it), or every account the
 * caller sees; at most one of the three is given.
 *
 * @param ouPath e.g. {@code Workloads/Prod}
 */
public record ScoreScope(@Nullable String accountId, @Nullable String team, @Nullable String ouPath) {

    public static final ScoreScope ALL = new ScoreScope(null, null, null);

    public static ScoreScope account(String accountId) {
        return new ScoreScope(accountId, null, null);
    }
}
