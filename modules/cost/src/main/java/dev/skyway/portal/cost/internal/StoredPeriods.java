package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.BILLING_PERIOD;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.cost.internal.engine.PeriodScope;

/** The billing periods whose line items are kept as Parquet: what re-allocation and drill-down read. */
@Repository
public class StoredPeriods {

    private final DSLContext db;

    StoredPeriods(DSLContext db) {
        this.db = db;
    }

    public record Stored(PeriodScope scope, UUID importId, ImportSource source, long rows, Instant dataAsOf,
                         boolean estimated, Path file) {
    }

    @Transactional(readOnly = true)
    public List<Stored> all() {
        return db.selectFrom(BILLING_PERIOD).where(BILLING_PERIOD.PARQUET_PATH.isNotNull())
                .orderBy(BILLING_PERIOD.PERIOD, BILLING_PERIOD.PROVIDER_NAME, BILLING_PERIOD.BILLING_ACCOUNT_ID)
                .fetch(r -> new Stored(new PeriodScope(r.getProviderName(), r.getBillingAccountId(), r.getPeriod()),
                        r.getImportId(), ImportSource.valueOf(r.getSource()), r.getRowCount(),
                        r.getDataAsOf().toInstant(), r.getEstimated(), Path.of(r.getParquetPath())));
    }

    /** The stored files of the periods (YYYY-MM) in [first, last]. */
    @Transactional(readOnly = true)
    public List<Path> files(String firstPeriod, String lastPeriod) {
        return db.select(BILLING_PERIOD.PARQUET_PATH).from(BILLING_PERIOD)
                .where(BILLING_PERIOD.PARQUET_PATH.isNotNull().and(BILLING_PERIOD.PERIOD.between(firstPeriod,
                        lastPeriod))).fetch(r -> Path.of(r.value1()));
    }
}
