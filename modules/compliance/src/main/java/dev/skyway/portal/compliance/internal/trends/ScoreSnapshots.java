package dev.skyway.portal.compliance.internal.trends;

import static dev.skyway.schema.compliance.Tables.SCORE_SNAPSHOT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.ScoreTrend;
import dev.skyway.portal.compliance.TrendPoint;
import dev.skyway.portal.compliance.TrendScope;
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.frameworks.ParsedFramework;
import dev.skyway.portal.compliance.internal.scores.ScoreCalculator;
import dev.skyway.portal.compliance.internal.scores.ScoreInputs;
import dev.skyway.schema.compliance.tables.records.ScoreSnapshotRecord;

/**
 * The daily score snapshots: a day's snapshot is the scores as the findings stand when it is taken (a later one the
 * same day replaces it), per framework and over all controls ({@link #ALL_CONTROLS}), for the organization and each
 * account, team and OU with findings; snapshots older than {@link #KEPT_DAYS} days are dropped.
 */
@Service
public class ScoreSnapshots {

    public static final String ALL_CONTROLS = "controls";
    static final int KEPT_DAYS = 400;

    private final DSLContext db;
    private final ScoreInputs inputs;
    private final FrameworkRows frameworks;
    private final ControlMappings mappings;
    private final AccountOwnership ownership;
    private final Clock clock;

    ScoreSnapshots(DSLContext db, ScoreInputs inputs, FrameworkRows frameworks, ControlMappings mappings,
                   AccountOwnership ownership, Clock clock) {
        this.db = db;
        this.inputs = inputs;
        this.frameworks = frameworks;
        this.mappings = mappings;
        this.ownership = ownership;
        this.clock = clock;
    }

    /** Takes today's snapshot. */
    public int takeToday() {
        return take(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** @return how many scores were recorded for {@code day} */
    @Transactional
    public int take(LocalDate day) {
        Map<String, Map<String, FindingStatus>> byAccount = inputs.controlStatuses(null, day);
        Map<String, Account> inventory = ownership.accounts().stream()
                .collect(Collectors.toMap(Account::id, a -> a, (a, b) -> a));
        Map<TrendScope, Set<String>> scopes = SnapshotScopes.of(byAccount.keySet(), inventory);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<ScoreSnapshotRecord> rows = new ArrayList<>();
        ControlMappings.Keys keys = mappings.keys();
        List<Framework> all = frameworks.all();
        scopes.forEach((scope, accounts) -> {
            Map<String, FindingStatus> controls = ScoreCalculator.union(accounts.stream()
                    .map(byAccount::get).toList());
            rows.add(row(day, ALL_CONTROLS, scope, ScoreCalculator.controls(controls), now));
        });
        for (Framework framework : all) {
            var requirements = frameworks.requirements(framework.id());
            boolean hasManual = requirements.stream().anyMatch(r -> ParsedFramework.MANUAL.equals(r.assessment())
                    || r.checks().isEmpty());
            // read once for all scopes: a query per scope made the snapshot of a thousand accounts slow
            ScoreInputs.Attested attestations = inputs.attestations(framework.id(), day);
            scopes.forEach((scope, accounts) -> {
                Map<String, FindingStatus> controls = ScoreCalculator.union(accounts.stream()
                        .map(byAccount::get).toList());
                // only requirements that may be MANUAL look at attestations
                Set<String> attested = hasManual || controls.containsValue(FindingStatus.MANUAL)
                        ? attestations.covered(accounts) : Set.of();
                List<RequirementResult> results = requirements.stream()
                        .map(r -> ScoreCalculator.requirement(r.id(), ParsedFramework.MANUAL.equals(r.assessment()),
                                r.checks().stream().map(keys::of).collect(Collectors
                                        .toCollection(LinkedHashSet::new)), controls, attested.contains(r.id())))
                        .toList();
                rows.add(row(day, framework.id().toString(), scope, ScoreCalculator.framework(results), now));
            });
        }
        db.deleteFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.SNAPSHOT_DAY.eq(day)
                .or(SCORE_SNAPSHOT.SNAPSHOT_DAY.lt(day.minusDays(KEPT_DAYS)))).execute();
        for (int from = 0; from < rows.size(); from += 500) {
            db.batchInsert(rows.subList(from, Math.min(rows.size(), from + 500))).execute();
        }
        return rows.size();
    }

    /**
     * The organization's scores in the latest snapshot, by framework id (and {@link #ALL_CONTROLS}); empty when no
     * snapshot was taken yet.
     */
    @Transactional(readOnly = true)
    public Map<String, ScoreCounts> latestOrganization() {
        LocalDate latest = db.select(DSL.max(SCORE_SNAPSHOT.SNAPSHOT_DAY)).from(SCORE_SNAPSHOT)
                .where(SCORE_SNAPSHOT.SCOPE_KIND.eq(TrendScope.Kind.ORG.name())).fetchOne(0, LocalDate.class);
        if (latest == null) {
            return Map.of();
        }
        return db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.SNAPSHOT_DAY.eq(latest))
                .and(SCORE_SNAPSHOT.SCOPE_KIND.eq(TrendScope.Kind.ORG.name()))
                .fetchMap(ScoreSnapshotRecord::getFrameworkRef, r -> new ScoreCounts(r.getScore(), r.getPassed(),
                        r.getFailed(), r.getManual(), r.getNotAvailable()));
    }

    /** @param frameworkRef a framework id, or {@link #ALL_CONTROLS} */
    @Transactional(readOnly = true)
    public ScoreTrend trend(String frameworkRef, TrendScope scope, LocalDate from, LocalDate to) {
        List<TrendPoint> points = db.selectFrom(SCORE_SNAPSHOT).where(SCORE_SNAPSHOT.FRAMEWORK_REF.eq(frameworkRef))
                .and(SCORE_SNAPSHOT.SCOPE_KIND.eq(scope.kind().name()))
                .and(SCORE_SNAPSHOT.SCOPE_VALUE.eq(scope.value()))
                .and(SCORE_SNAPSHOT.SNAPSHOT_DAY.between(from, to)).orderBy(SCORE_SNAPSHOT.SNAPSHOT_DAY)
                .fetch(r -> new TrendPoint(r.getSnapshotDay(), new ScoreCounts(r.getScore(), r.getPassed(),
                        r.getFailed(), r.getManual(), r.getNotAvailable())));
        return new ScoreTrend(ALL_CONTROLS.equals(frameworkRef) ? null : java.util.UUID.fromString(frameworkRef),
                scope, from, to, points);
    }

    private ScoreSnapshotRecord row(LocalDate day, String frameworkRef, TrendScope scope, ScoreCounts counts,
                                    OffsetDateTime now) {
        ScoreSnapshotRecord row = db.newRecord(SCORE_SNAPSHOT);
        row.setSnapshotDay(day);
        row.setFrameworkRef(frameworkRef);
        row.setScopeKind(scope.kind().name());
        row.setScopeValue(cut(scope.value()));
        row.setPassed(counts.passed());
        row.setFailed(counts.failed());
        row.setManual(counts.manual());
        row.setNotAvailable(counts.notAvailable());
        row.setScore(counts.score());
        row.setTakenAt(now);
        return row;
    }

    private static String cut(@Nullable String value) {
        return value == null ? "" : value.length() > 255 ? value.substring(0, 255) : value;
    }
}
