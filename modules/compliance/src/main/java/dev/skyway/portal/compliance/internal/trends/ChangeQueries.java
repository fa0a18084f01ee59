package dev.skyway.portal.compliance.internal.trends;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_EVENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.FindingChange;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.internal.findings.FindingsVersion;
import dev.skyway.portal.platform.kept.KeptReads;

/**
 * "What changed since": each finding's history since the moment, from its status before the first event to its
 * status after the last (a finding that failed, passed and failed again did not change). Copies of another tool's
 * finding are left out, so a result counts once.
 */
@Repository
public class ChangeQueries {

    static final String RESOLVED = "RESOLVED";
    private static final int FETCH_SIZE = 2_000;
    private static final String FAIL = "FAIL";

    private final DSLContext db;

    /**
     * Results by their inputs and the findings' version: after a large import every page that shows "new failures
     * since yesterday" would stream all of those events again.
     */
    private final KeptReads<Key, ComplianceChanges> recent;

    private record Key(Instant since, @Nullable Set<String> accounts) {

        static Key of(Instant since, @Nullable Set<String> accounts) {
            return new Key(since, accounts == null ? null : Set.copyOf(accounts));
        }
    }

    ChangeQueries(DSLContext db, FindingsVersion version) {
        this.db = db;
        this.recent = new KeptReads<>(64, FindingsVersion.KEPT_AT_MOST, version::current);
    }

    /** @param accounts absent: every account */
    @Transactional(readOnly = true)
    public ComplianceChanges since(Instant since, @Nullable Set<String> accounts) {
        return recent.get(Key.of(since, accounts), key -> compute(key.since(), key.accounts()));
    }

    /** Reads {@link #since} again now and keeps the result, however young the kept one is. */
    @Transactional(readOnly = true)
    public void readAgain(Instant since, @Nullable Set<String> accounts) {
        recent.renew(Key.of(since, accounts), key -> compute(key.since(), key.accounts()));
    }

    private ComplianceChanges compute(Instant since, @Nullable Set<String> accounts) {
        Condition where = FINDING_EVENT.OCCURRED_AT.ge(since.atOffset(ZoneOffset.UTC))
                .and(FINDING.DUPLICATE_OF.isNull());
        if (accounts != null) {
            where = where.and(FINDING_EVENT.ACCOUNT_ID.in(accounts));
        }
        Tally tally = new Tally();
        // streamed in finding order, keeping one finding's first and last event at a time: a large import makes a
        // million events "since yesterday", far too many to hold
        try (var events = db.select(FINDING_EVENT.FINDING_ID, FINDING_EVENT.KIND,
                        FINDING_EVENT.FROM_STATUS, FINDING_EVENT.TO_STATUS, FINDING_EVENT.OCCURRED_AT,
                        FINDING.ACCOUNT_ID, FINDING.CONTROL_ID, FINDING.TITLE, FINDING.SEVERITY, FINDING.RESOURCE_ID,
                        FINDING.REGION, FINDING.SOURCE)
                .from(FINDING_EVENT).join(FINDING).on(FINDING.ID.eq(FINDING_EVENT.FINDING_ID)).where(where)
                .orderBy(FINDING_EVENT.FINDING_ID, FINDING_EVENT.OCCURRED_AT, FINDING_EVENT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            @Nullable Record first = null;
            @Nullable Record last = null;
            for (Record event : events) {
                if (first != null && !first.get(FINDING_EVENT.FINDING_ID).equals(event.get(FINDING_EVENT.FINDING_ID))) {
                    tally.add(change(first, last));
                    first = null;
                }
                if (first == null) {
                    first = event;
                }
                last = event;
            }
            if (first != null) {
                tally.add(change(first, last));
            }
        }
        return new ComplianceChanges(since, new ComplianceChanges.Counts(tally.newFailures.count, tally.fixed.count,
                tally.regressed.count), tally.newFailures.worstFirst(), tally.fixed.worstFirst(),
                tally.regressed.worstFirst());
    }

    /** Counts each kind of change and keeps the worst {@link ComplianceChanges#LIMIT} of each. */
    private static final class Tally {
        final Worst newFailures = new Worst();
        final Worst fixed = new Worst();
        final Worst regressed = new Worst();

        void add(FindingChange change) {
            boolean wasFailing = FAIL.equals(change.before());
            boolean failing = FAIL.equals(change.after());
            if (change.before() == null && failing) {
                newFailures.add(change);
            } else if (wasFailing && !failing) {
                fixed.add(change);
            } else if (!wasFailing && failing) {
                regressed.add(change);
            }
        }
    }

    private static final class Worst {
        int count;
        private List<FindingChange> kept = new ArrayList<>();

        void add(FindingChange change) {
            count++;
            kept.add(change);
            if (kept.size() >= 8 * ComplianceChanges.LIMIT) {
                kept = new ArrayList<>(ChangeQueries.worstFirst(kept));
            }
        }

        List<FindingChange> worstFirst() {
            return ChangeQueries.worstFirst(kept);
        }
    }

    private static FindingChange change(Record first, @Nullable Record last) {
        Objects.requireNonNull(last);
        String kind = first.get(FINDING_EVENT.KIND);
        String before = switch (kind) {
            case "NEW" -> null;
            case "REOPENED" -> RESOLVED;
            default -> first.get(FINDING_EVENT.FROM_STATUS);
        };
        String after = RESOLVED.equals(last.get(FINDING_EVENT.KIND)) ? RESOLVED : last.get(FINDING_EVENT.TO_STATUS);
        return new FindingChange(last.get(FINDING_EVENT.FINDING_ID), last.get(FINDING.ACCOUNT_ID),
                last.get(FINDING.CONTROL_ID), last.get(FINDING.TITLE), Severity.valueOf(last.get(FINDING.SEVERITY)),
                last.get(FINDING.RESOURCE_ID), last.get(FINDING.REGION), last.get(FINDING.SOURCE), before, after,
                last.get(FINDING_EVENT.OCCURRED_AT).toInstant());
    }

    private static List<FindingChange> worstFirst(List<FindingChange> changes) {
        return changes.stream().sorted(Comparator.comparing((FindingChange c) -> c.severity().ordinal())
                        .thenComparing(FindingChange::at, Comparator.reverseOrder())
                        .thenComparing(FindingChange::accountId).thenComparing(FindingChange::controlId))
                .limit(ComplianceChanges.LIMIT).toList();
    }
}
