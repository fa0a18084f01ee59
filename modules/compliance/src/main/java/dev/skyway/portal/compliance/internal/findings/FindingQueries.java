package dev.skyway.portal.compliance.internal.findings;

import static dev.skyway.schema.compliance.Tables.FINDING;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;


import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingControl;
import dev.skyway.portal.compliance.FindingPage;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingSort;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FindingTimes;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.schema.compliance.tables.records.FindingRecord;
import dev.skyway.portal.platform.kept.KeptReads;

/**
 * Open findings, filtered and paged, worst first: severity, then the latest seen. Without a source filter a result
 * that another tool reported first for an equivalent control shows once (the first tool's).
 */
@Repository
public class FindingQueries {

    private final DSLContext db;
    private final Clock clock;

    /**
     * A list's total by its filter and the findings' version: counting the failing findings at a million takes
     * hundreds of milliseconds, for every page of the same list and every user who opens it.
     */
    private final KeptReads<String, Integer> totals;

    FindingQueries(DSLContext db, Clock clock, FindingsVersion version) {
        this.db = db;
        this.clock = clock;
        this.totals = new KeptReads<>(512, FindingsVersion.KEPT_AT_MOST, version::current);
    }

    /**
     * @param accounts     the accounts the caller sees; absent: every account
     * @param teamAccounts the accounts of the query's team, when it names one
     */
    @Transactional(readOnly = true)
    public FindingPage search(FindingQuery query, @Nullable Set<String> accounts, @Nullable Set<String> teamAccounts,
                              String scope) {
        return search(query, accounts, teamAccounts, null, FindingSort.WORST_FIRST, scope);
    }

    /**
     * @param controlKeys the control keys of a framework's checks, when the list is limited to a framework
     * @param sort        the order; ties are broken worst first
     */
    @Transactional(readOnly = true)
    public FindingPage search(FindingQuery query, @Nullable Set<String> accounts, @Nullable Set<String> teamAccounts,
                              @Nullable Set<String> controlKeys, FindingSort sort, String scope) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Condition> where = new ArrayList<>();
        where.add(FINDING.RESOLVED_AT.isNull());
        if (accounts != null) {
            where.add(FINDING.ACCOUNT_ID.in(accounts));
        }
        if (teamAccounts != null) {
            where.add(FINDING.ACCOUNT_ID.in(teamAccounts));
        }
        if (query.accountId() != null) {
            where.add(FINDING.ACCOUNT_ID.eq(query.accountId()));
        }
        if (query.status() != null) {
            where.add(FINDING.STATUS.eq(query.status().name()));
        }
        if (query.controlId() != null) {
            where.add(controlMatch(query.controlId()));
        }
        if (query.severity() != null) {
            // by its rank, which the page's indexes hold (the two columns are written together)
            where.add(FINDING.SEVERITY_RANK.eq((short) query.severity().rank()));
        }
        if (controlKeys != null) {
            where.add(FINDING.CONTROL_KEY.in(controlKeys));
        }
        if (query.source() != null) {
            where.add(FINDING.SOURCE.eq(query.source().toUpperCase(Locale.ROOT)));
        } else {
            where.add(FINDING.DUPLICATE_OF.isNull());
        }
        Condition condition = DSL.and(where);
        int total = totals.get(db.renderInlined(condition), filter -> db.fetchCount(FINDING, condition));
        Field<Boolean> waived = DSL.field(WaiverMatch.waived(today)).as("waived");
        List<Finding> items = db.select(FINDING.asterisk(), waived).from(FINDING).where(condition)
                .orderBy(order(sort), FINDING.SEVERITY_RANK.desc(), FINDING.LAST_SEEN.desc(), FINDING.ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(r -> finding(r, Boolean.TRUE.equals(r.get(waived))));
        return new FindingPage(total, items, scope);
    }

    /**
     * The tool's control id or the equivalent control across tools. As an OR over two columns it lets PostgreSQL walk
     * the whole page index hoping to meet the control soon (1.3 s at 1M findings for a low-severity control); the
     * keys that findings of this id carry, looked up first, bound the search to the control's own findings.
     */
    private Condition controlMatch(String controlId) {
        Set<String> keys = new TreeSet<>(db.selectDistinct(FINDING.CONTROL_KEY).from(FINDING)
                .where(FINDING.CONTROL_ID.eq(controlId)).fetch(FINDING.CONTROL_KEY));
        keys.add(controlId);
        return FINDING.CONTROL_KEY.in(keys)
                .and(FINDING.CONTROL_ID.eq(controlId).or(FINDING.CONTROL_KEY.eq(controlId)));
    }

    private static SortField<?> order(FindingSort sort) {
        Field<?> field = switch (sort.column()) {
            case SEVERITY -> FINDING.SEVERITY_RANK;
            case STATUS -> FINDING.STATUS;
            case CONTROL -> FINDING.CONTROL_ID;
            case ACCOUNT -> FINDING.ACCOUNT_ID;
            case REGION -> FINDING.REGION;
            case RESOURCE -> FINDING.RESOURCE_ID;
            case SOURCE -> FINDING.SOURCE;
            case FIRST_SEEN -> FINDING.FIRST_SEEN;
            case LAST_SEEN -> FINDING.LAST_SEEN;
        };
        return sort.ascending() ? field.asc() : field.desc();
    }

    static Finding finding(Record record, boolean waived) {
        FindingRecord r = record.into(FINDING);
        return new Finding(r.getId(), r.getSource(),
                new FindingResource(r.getAccountId(), r.getRegion(), r.getResourceId(), r.getResourceType()),
                new FindingControl(r.getControlId(), r.getControlKey(), r.getTitle()),
                Severity.valueOf(r.getSeverity()), FindingStatus.valueOf(r.getStatus()), r.getDetail(),
                new Remediation(r.getRemediation(), r.getRemediationUrl()),
                new FindingTimes(r.getFirstSeen().toInstant(), r.getLastSeen().toInstant(),
                        r.getResolvedAt() == null ? null : r.getResolvedAt().toInstant()),
                waived, r.getMuted(), r.getDuplicateOf());
    }
}
