package dev.skyway.portal.cost.internal.engine;

import static dev.skyway.schema.cost.Tables.BILLING_PERIOD;
import static dev.skyway.schema.cost.Tables.DAILY_COST;
import static dev.skyway.schema.cost.Tables.DAILY_TAG_COST;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes daily rollups. A delivery replaces each billing period it covers as a whole, in one transaction: readers
 * see the old figures or the new ones, never a mix, and a failed import leaves the old ones in place.
 */
@Repository
public class RollupStore {

    /** Rows per INSERT on H2 (PostgreSQL streams them all in one COPY per table). */
    private static final int BATCH = 1_000;
    /** The columns written, in the order of the values {@link BatchingSink} makes of a row. */
    private static final org.jooq.Field<?>[] ROW_FIELDS = {DAILY_COST.CHARGE_DATE, DAILY_COST.PERIOD,
            DAILY_COST.PROVIDER_NAME, DAILY_COST.BILLING_ACCOUNT_ID, DAILY_COST.SUB_ACCOUNT_ID,
            DAILY_COST.SUB_ACCOUNT_NAME, DAILY_COST.SERVICE_NAME, DAILY_COST.SERVICE_CATEGORY, DAILY_COST.REGION_ID,
            DAILY_COST.CHARGE_CATEGORY, DAILY_COST.CHARGE_CLASS, DAILY_COST.PRICING_CATEGORY,
            DAILY_COST.COMMITMENT_DISCOUNT_TYPE, DAILY_COST.TEAM, DAILY_COST.TEAM_SOURCE, DAILY_COST.COST_CENTER,
            DAILY_COST.REQUEST_TAG, DAILY_COST.CURRENCY, DAILY_COST.BILLED_COST, DAILY_COST.EFFECTIVE_COST,
            DAILY_COST.LIST_COST, DAILY_COST.CONTRACTED_COST, DAILY_COST.LINE_ITEMS, DAILY_COST.ESTIMATED};
    private static final org.jooq.Field<?>[] TAG_FIELDS = {DAILY_TAG_COST.CHARGE_DATE, DAILY_TAG_COST.PERIOD,
            DAILY_TAG_COST.PROVIDER_NAME, DAILY_TAG_COST.BILLING_ACCOUNT_ID, DAILY_TAG_COST.SUB_ACCOUNT_ID,
            DAILY_TAG_COST.TEAM, DAILY_TAG_COST.TAG_KEY, DAILY_TAG_COST.TAG_VALUE, DAILY_TAG_COST.CURRENCY,
            DAILY_TAG_COST.BILLED_COST, DAILY_TAG_COST.EFFECTIVE_COST, DAILY_TAG_COST.LIST_COST,
            DAILY_TAG_COST.CONTRACTED_COST};

    private final DSLContext db;

    RollupStore(DSLContext db) {
        this.db = db;
    }

    /** Where the rows of a delivery go; the store allocates each row as it comes. */
    public interface Sink {
        void row(RollupRow row);

        void tagRow(TagRollupRow row);
    }

    /** One delivery: what it replaces and where it came from. */
    public record Delivery(UUID importId, ImportSource source, Instant dataAsOf, boolean estimated,
                           Map<PeriodScope, Long> periods, Map<PeriodScope, Path> lineItems) {
    }

    /**
     * Replaces the delivery's billing periods with the rows {@code producer} hands the sink.
     *
     * @return the line-item files of the replaced periods, no longer referred to (the caller deletes them after
     *         the commit)
     */
    @Transactional
    public List<Path> replace(Delivery delivery, Allocation allocation, Consumer<Sink> producer) {
        List<Path> replacedFiles = new ArrayList<>();
        for (PeriodScope scope : delivery.periods().keySet()) {
            String old = db.select(BILLING_PERIOD.PARQUET_PATH).from(BILLING_PERIOD).where(matches(scope))
                    .fetchOne(BILLING_PERIOD.PARQUET_PATH);
            Path now = delivery.lineItems().get(scope);
            if (old != null && (now == null || !Path.of(old).equals(now))) {
                replacedFiles.add(Path.of(old));
            }
            db.deleteFrom(DAILY_COST).where(DAILY_COST.PROVIDER_NAME.eq(scope.providerName())
                    .and(DAILY_COST.BILLING_ACCOUNT_ID.eq(scope.billingAccountId()))
                    .and(DAILY_COST.PERIOD.eq(scope.period()))).execute();
            db.deleteFrom(DAILY_TAG_COST).where(DAILY_TAG_COST.PROVIDER_NAME.eq(scope.providerName())
                    .and(DAILY_TAG_COST.BILLING_ACCOUNT_ID.eq(scope.billingAccountId()))
                    .and(DAILY_TAG_COST.PERIOD.eq(scope.period()))).execute();
            db.deleteFrom(BILLING_PERIOD).where(matches(scope)).execute();
            db.insertInto(BILLING_PERIOD)
                    .set(BILLING_PERIOD.PROVIDER_NAME, scope.providerName())
                    .set(BILLING_PERIOD.BILLING_ACCOUNT_ID, scope.billingAccountId())
                    .set(BILLING_PERIOD.PERIOD, scope.period())
                    .set(BILLING_PERIOD.IMPORT_ID, delivery.importId())
                    .set(BILLING_PERIOD.SOURCE, delivery.source().name())
                    .set(BILLING_PERIOD.ROW_COUNT, delivery.periods().get(scope))
                    .set(BILLING_PERIOD.DATA_AS_OF, delivery.dataAsOf().atOffset(ZoneOffset.UTC))
                    .set(BILLING_PERIOD.ESTIMATED, delivery.estimated())
                    .set(BILLING_PERIOD.PARQUET_PATH, now == null ? null : now.toString())
                    .execute();
        }
        BatchingSink sink = new BatchingSink(allocation, delivery);
        try {
            producer.accept(sink);
            sink.flush();
        } catch (RuntimeException e) {
            sink.cancel();
            throw e;
        }
        return replacedFiles;
    }

    /**
     * Refreshes PostgreSQL's statistics of the rollup tables after a delivery replaced many of their rows: until
     * autovacuum gets to it, the planner would take a fresh month for a few rows and sort it on disk instead of
     * hashing it, making the first dashboards after an import several times slower.
     */
    public void refreshStatistics() {
        if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            db.execute("analyze " + DAILY_COST.getSchema().getName() + "." + DAILY_COST.getName() + ", "
                    + DAILY_TAG_COST.getSchema().getName() + "." + DAILY_TAG_COST.getName());
        }
    }

    /** Convenience for sources that hand over their rows at once (Cost Explorer, Athena). */
    public List<Path> replace(Delivery delivery, Allocation allocation, RollupBatch batch) {
        return replace(delivery, allocation, sink -> {
            batch.rows().forEach(sink::row);
            batch.tagRows().forEach(sink::tagRow);
        });
    }

    private static org.jooq.Condition matches(PeriodScope scope) {
        return BILLING_PERIOD.PROVIDER_NAME.eq(scope.providerName())
                .and(BILLING_PERIOD.BILLING_ACCOUNT_ID.eq(scope.billingAccountId()))
                .and(BILLING_PERIOD.PERIOD.eq(scope.period()));
    }

    private final class BatchingSink implements Sink {

        private final Allocation allocation;
        private final Delivery delivery;
        private final @Nullable PostgresCopy copy;
        private final List<Object[]> pendingRows = new ArrayList<>(BATCH);
        private final List<Object[]> pendingTags = new ArrayList<>(BATCH);

        BatchingSink(Allocation allocation, Delivery delivery) {
            this.allocation = allocation;
            this.delivery = delivery;
            this.copy = db.dialect().family() == org.jooq.SQLDialect.POSTGRES ? new PostgresCopy(db) : null;
        }

        @Override
        public void row(RollupRow r) {
            checkInScope(r.providerName(), r.billingAccountId(), r.period());
            Allocation.Allocated a = allocation.allocate(r);
            Object[] values = {r.day(), r.period(), r.providerName(), r.billingAccountId(), r.subAccountId(),
                    r.subAccountName() != null ? r.subAccountName() : ownerName(r.subAccountId()), r.serviceName(),
                    r.serviceCategory(), r.regionId(), r.chargeCategory(), r.chargeClass(), r.pricingCategory(),
                    r.commitmentDiscountType(), a.team(), a.source().name(), a.costCenter(), r.requestTag(),
                    r.currency(), r.billedCost(), r.effectiveCost(), r.listCost(), r.contractedCost(),
                    r.lineItems(), r.estimated() || delivery.estimated()};
            write(DAILY_COST, ROW_FIELDS, values, pendingRows);
        }

        @Override
        public void tagRow(TagRollupRow r) {
            checkInScope(r.providerName(), r.billingAccountId(), r.period());
            Object[] values = {r.day(), r.period(), r.providerName(), r.billingAccountId(), r.subAccountId(),
                    allocation.team(r.teamTag(), r.subAccountId()), r.tagKey(), r.tagValue(), r.currency(),
                    r.billedCost(), r.effectiveCost(), r.listCost(), r.contractedCost()};
            write(DAILY_TAG_COST, TAG_FIELDS, values, pendingTags);
        }

        private void write(org.jooq.Table<?> table, org.jooq.Field<?>[] fields, Object[] values,
                           List<Object[]> pending) {
            if (copy != null) {
                copy.row(table, fields, values);
                return;
            }
            pending.add(values);
            if (pending.size() >= BATCH) {
                insert(table, fields, pending);
            }
        }

        private @Nullable String ownerName(String accountId) {
            Allocation.Owner owner = allocation.owner(accountId);
            return owner == null ? null : owner.name();
        }

        /** A row outside the delivery's periods would survive the next restatement of its own period twice. */
        private void checkInScope(String provider, String billingAccount, String period) {
            if (!delivery.periods().containsKey(new PeriodScope(provider, billingAccount, period))) {
                throw new IllegalArgumentException("A rollup row of " + provider + " " + billingAccount + " "
                        + period + " is outside the delivery's billing periods");
            }
        }

        void flush() {
            if (copy != null) {
                copy.finish();
                return;
            }
            insert(DAILY_COST, ROW_FIELDS, pendingRows);
            insert(DAILY_TAG_COST, TAG_FIELDS, pendingTags);
        }

        void cancel() {
            if (copy != null) {
                copy.cancel();
            }
        }

        /** Multi-row inserts: far fewer round trips than a JDBC batch of single rows. */
        private void insert(org.jooq.Table<?> table, org.jooq.Field<?>[] fields, List<Object[]> pending) {
            if (pending.isEmpty()) {
                return;
            }
            var insert = db.insertInto(table).columns(fields);
            for (Object[] values : pending) {
                insert = insert.values(values);
            }
            insert.execute();
            pending.clear();
        }
    }
}
