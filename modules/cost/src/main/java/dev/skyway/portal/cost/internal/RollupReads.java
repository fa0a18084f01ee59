package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.BILLING_PERIOD;
import static dev.skyway.schema.cost.Tables.COST_IMPORT;

import java.time.Duration;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.kept.KeptReads;

/**
 * Sums over the rollups, kept until the rollups change: at 10M line items a month is some 160,000 rollup rows, and
 * the overview, the breakdowns and the homes sum the same months for every visit (about 200 ms each on 2 cores).
 * The rollups change only when a delivery replaces billing periods, which is always an import (a file, an export,
 * Cost Explorer, Athena): one more {@code cost_import}, a finish time when it has committed, and new
 * {@code billing_period} rows. Those small tables are the fingerprint, read in one round trip on every call, so a
 * change on any replica shows at once. Results are kept at most {@link #KEPT_AT_MOST} even when it stays the same.
 */
@Component
public class RollupReads {

    static final Duration KEPT_AT_MOST = Duration.ofMinutes(10);

    private final DSLContext db;
    private final KeptReads<String, Result<?>> results;

    RollupReads(DSLContext db) {
        this.db = db;
        this.results = new KeptReads<>(1_024, KEPT_AT_MOST, this::version);
    }

    /** The query's result, read once per version of the rollups; callers only read it. */
    @SuppressWarnings("unchecked")
    public <R extends Record> Result<R> fetch(ResultQuery<R> query) {
        return (Result<R>) results.get(db.renderInlined(query), sql -> query.fetch());
    }

    private List<Object> version() {
        return KeptReads.fingerprint(db,
                DSL.select(DSL.count()).from(COST_IMPORT),
                DSL.select(DSL.max(COST_IMPORT.FINISHED_AT)).from(COST_IMPORT),
                DSL.select(DSL.count()).from(BILLING_PERIOD),
                DSL.select(DSL.max(BILLING_PERIOD.DATA_AS_OF)).from(BILLING_PERIOD));
    }
}
