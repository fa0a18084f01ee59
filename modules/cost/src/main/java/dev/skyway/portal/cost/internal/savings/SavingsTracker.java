package dev.skyway.portal.cost.internal.savings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationFilter;
import dev.skyway.portal.cost.RecommendationLifecycle;
import dev.skyway.portal.cost.RecommendationTransition;
import dev.skyway.portal.cost.SavingsSummary;

/**
 * Recommendations as the caller may see them (with account names and realized savings), their moves, and the
 * savings summary. {@code teams} is what the caller may see: absent means everything; otherwise the
 * recommendations on the accounts of those teams (see {@link AccountTeams}).
 */
@Service
public class SavingsTracker {

    private final RecommendationStore store;
    private final AccountTeams accountTeams;
    private final SavingsMeasure measure;
    private final CommitmentCoverage coverage;
    private final Clock clock;

    public SavingsTracker(RecommendationStore store, AccountTeams accountTeams, SavingsMeasure measure,
                          CommitmentCoverage coverage, Clock clock) {
        this.store = store;
        this.accountTeams = accountTeams;
        this.measure = measure;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Recommendation> list(RecommendationFilter filter, @Nullable Set<String> teams) {
        Map<String, String> names = accountTeams.names();
        LocalDate today = today();
        return store.find(filter, accountTeams.accountsOf(teams)).stream().map(r -> complete(r, names, today))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> find(UUID id, @Nullable Set<String> teams) {
        return store.find(id).filter(r -> visible(r, teams)).map(r -> complete(r, accountTeams.names(), today()));
    }

    /**
     * Makes one move; a move to done records today as its day and the baseline cost before it.
     *
     * @return the recommendation after the move, with the transition that was made
     * @throws NoSuchElementException when there is no such recommendation the caller may see
     */
    @Transactional
    public Moved move(UUID id, Function<RecommendationLifecycle, RecommendationTransition> how,
                      @Nullable Set<String> teams, String by) {
        Recommendation r = store.find(id).filter(found -> visible(found, teams))
                .orElseThrow(() -> new NoSuchElementException("No savings recommendation " + id));
        RecommendationTransition transition = how.apply(r.lifecycle());
        LocalDate today = today();
        BigDecimal baseline = transition.startsMeasuring() ? measure.baseline(r, today) : null;
        store.apply(id, transition, transition.startsMeasuring() ? today : null, baseline, by);
        return new Moved(transition, find(id, null).orElseThrow());
    }

    /** A move that was made, and the recommendation after it. */
    public record Moved(RecommendationTransition transition, Recommendation recommendation) {
    }

    @Transactional(readOnly = true)
    public SavingsSummary summary(YearMonth month, @Nullable Set<String> teams, String scope) {
        Set<String> accounts = accountTeams.accountsOf(teams);
        return SavingsTotals.of(list(RecommendationFilter.ALL, teams), coverage.of(month, accounts), scope);
    }

    private boolean visible(Recommendation r, @Nullable Set<String> teams) {
        if (teams == null) {
            return true;
        }
        String account = r.target().subAccountId();
        return account != null && teams.contains(accountTeams.teamByAccount().get(account));
    }

    private Recommendation complete(Recommendation r, Map<String, String> names, LocalDate today) {
        Recommendation.Target t = r.target();
        Recommendation.Target named = new Recommendation.Target(t.subAccountId(),
                t.subAccountId() == null ? null : names.get(t.subAccountId()), t.resourceId(), t.serviceName());
        Recommendation.Realized realized = r.realized() == null ? null
                : measure.realized(r, r.realized().since(), r.realized().baselineDailyCost(), today);
        return new Recommendation(r.id(), r.source(), r.externalId(), r.kind(), named, r.summary(), r.figures(),
                r.tracking(), realized);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
