package dev.skyway.portal.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.trends.ChangeQueries;
import dev.skyway.portal.compliance.internal.trends.ScoreSnapshots;

/**
 * Scores over time, from the daily snapshots (kept 400 days), and what changed since a moment, from the findings'
 * history. Security and platform admins see every scope; everyone else the accounts and teams whose accounts they
 * see (the organization's and OUs' trends only when they see all of their accounts).
 */
@Service
public class ComplianceTrends {

    /** The longest range a trend or a change list covers. */
    public static final int MAX_DAYS = 400;
    static final int DEFAULT_DAYS = 90;

    private final ScoreSnapshots snapshots;
    private final ChangeQueries changes;
    private final FrameworkRows frameworks;
    private final AccountScopes scopes;
    private final Clock clock;

    ComplianceTrends(ScoreSnapshots snapshots, ChangeQueries changes, FrameworkRows frameworks, AccountScopes scopes,
                     Clock clock) {
        this.snapshots = snapshots;
        this.changes = changes;
        this.frameworks = frameworks;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException          when there is no such framework
     * @throws InvalidComplianceQueryException when the scope names more than one of account, team and OU, or the
     *                                         range is backwards or longer than {@link #MAX_DAYS}
     * @throws AccessDeniedException           when the scope holds accounts the caller does not see
     */
    @PreAuthorize(Roles.READERS)
    public ScoreTrend trend(TrendQuery query) {
        if (query.frameworkId() != null && frameworks.find(query.frameworkId()).isEmpty()) {
            throw new NoSuchElementException("No framework " + query.frameworkId());
        }
        LocalDate to = query.to() != null ? query.to() : today();
        LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
        if (from.isAfter(to)) {
            throw InvalidComplianceQueryException.of("from", "must not be after to (" + to + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidComplianceQueryException.of("from", "must be at most " + MAX_DAYS + " days before to");
        }
        TrendScope scope = scope(query);
        return snapshots.trend(query.frameworkId() == null ? ScoreSnapshots.ALL_CONTROLS
                : query.frameworkId().toString(), scope, from, to);
    }

    /**
     * From the hour 24 hours ago: the pages that show "since yesterday" in that hour share one result (at a million
     * findings it streams every event of a large import).
     */
    public static Instant defaultSince(Instant now) {
        return now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * @param since absent: {@link #defaultSince(Instant) from the hour 24 hours ago}
     * @throws InvalidComplianceQueryException when {@code since} is in the future or more than {@link #MAX_DAYS}
     *                                         days ago
     */
    @PreAuthorize(Roles.READERS)
    public ComplianceChanges changesSince(@Nullable Instant since) {
        Instant now = clock.instant();
        Instant from = since != null ? since : defaultSince(now);
        if (from.isAfter(now)) {
            throw InvalidComplianceQueryException.of("since", "must not be in the future");
        }
        if (from.isBefore(now.minus(Duration.ofDays(MAX_DAYS)))) {
            throw InvalidComplianceQueryException.of("since", "must be at most " + MAX_DAYS + " days ago");
        }
        return changes.since(from, scopes.visibility().accounts());
    }

    private TrendScope scope(TrendQuery query) {
        AccountScopes.Visibility visibility = scopes.visibility();
        ScoreScope asked = new ScoreScope(query.accountId(), query.team(), query.ouPath());
        @Nullable Set<String> accounts = scopes.accounts(asked, visibility); // checks one scope, and the account
        TrendScope scope = trendScope(asked);
        if (visibility.accounts() != null && scope.kind() != TrendScope.Kind.ACCOUNT) {
            // a snapshot covers all of the scope's accounts: it is only shown to who sees all of them
            Set<String> all = scopes.accounts(asked, new AccountScopes.Visibility(null, ""));
            if (all == null || all.isEmpty() || accounts == null || !accounts.containsAll(all)) {
                throw new AccessDeniedException("The trend of " + describe(scope) + " covers accounts you do not "
                        + "see; ask for one of your accounts or teams");
            }
        }
        return scope;
    }

    private static TrendScope trendScope(ScoreScope asked) {
        if (present(asked.accountId())) {
            return new TrendScope(TrendScope.Kind.ACCOUNT, asked.accountId().strip());
        }
        if (present(asked.team())) {
            return new TrendScope(TrendScope.Kind.TEAM, asked.team().strip());
        }
        if (present(asked.ouPath())) {
            return new TrendScope(TrendScope.Kind.OU, asked.ouPath().strip());
        }
        return TrendScope.ORGANIZATION;
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String describe(TrendScope scope) {
        return switch (scope.kind()) {
            case ORG -> "the organization";
            case ACCOUNT -> "account " + scope.value();
            case TEAM -> "team " + scope.value();
            case OU -> "OU " + scope.value();
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
