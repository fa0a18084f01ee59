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

import dev.skyway.schema.cost.tables.records.DailyCostRecord;
import dev.skyway.schema.cost.tables.records.DailyTagCostRecord;

/**
 * Writes daily rollups. A delivery replaces each billing period it covers as a whole, in one transaction: readers
 * see the old figures or the new ones, never a mix, and a failed import leaves the old ones in place.
 */
@Repository
public class RollupStore {

    /**
     * Rows per INSERT (H2) or COPY (PostgreSQL): PostgreSQL takes at most 32767 bind values in one statement
     * (25 columns × 1000).
     */
    private static final int BATCH = 1_000;
    private static final org.jooq.Field<?>[] ROW_FIELDS = java.util.Arrays.stream(DAILY_COST.fields())
            .filter(f -> !f.equals(DAILY_COST.ID)).toArray(org.jooq.Field<?>[]::new);
    private static final org.jooq.Field<?>[] TAG_FIELDS = java.util.Arrays.stream(DAILY_TAG_COST.fields())
            .filter(f -> !f.equals(DAILY_TAG_COST.ID)).toArray(org.jooq.Field<?>[]::new);

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
        producer.accept(sink);
        sink.flush();
        return replacedFiles;
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
        private final List<DailyCostRecord> pendingRows = new ArrayList<>(BATCH);
        private final List<DailyTagCostRecord> pendingTags = new ArrayList<>(BATCH);

        BatchingSink(Allocation allocation, Delivery delivery) {
            this.allocation = allocation;
            this.delivery = delivery;
        }

        @Override
        public void row(RollupRow r) {
            checkInScope(r.providerName(), r.billingAccountId(), r.period());
            Allocation.Allocated a = allocation.allocate(r);
            DailyCostRecord record = db.newRecord(DAILY_COST);
            record.setChargeDate(r.day());
            record.setPeriod(r.period());
            record.setProviderName(r.providerName());
            record.setBillingAccountId(r.billingAccountId());
            record.setSubAccountId(r.subAccountId());
            record.setSubAccountName(r.subAccountName() != null ? r.subAccountName() : ownerName(r.subAccountId()));
            record.setServiceName(r.serviceName());
            record.setServiceCategory(r.serviceCategory());
            record.setRegionId(r.regionId());
            record.setChargeCategory(r.chargeCategory());
            record.setChargeClass(r.chargeClass());
            record.setPricingCategory(r.pricingCategory());
            record.setCommitmentDiscountType(r.commitmentDiscountType());
            record.setTeam(a.team());
            record.setTeamSource(a.source().name());
            record.setCostCenter(a.costCenter());
            record.setRequestTag(r.requestTag());
            record.setCurrency(r.currency());
            record.setBilledCost(r.billedCost());
            record.setEffectiveCost(r.effectiveCost());
            record.setListCost(r.listCost());
            record.setContractedCost(r.contractedCost());
            record.setLineItems(r.lineItems());
            record.setEstimated(r.estimated() || delivery.estimated());
            pendingRows.add(record);
            if (pendingRows.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void tagRow(TagRollupRow r) {
            checkInScope(r.providerName(), r.billingAccountId(), r.period());
            DailyTagCostRecord record = db.newRecord(DAILY_TAG_COST);
            record.setChargeDate(r.day());
            record.setPeriod(r.period());
            record.setProviderName(r.providerName());
            record.setBillingAccountId(r.billingAccountId());
            record.setSubAccountId(r.subAccountId());
            record.setTeam(allocation.team(r.teamTag(), r.subAccountId()));
            record.setTagKey(r.tagKey());
            record.setTagValue(r.tagValue());
            record.setCurrency(r.currency());
            record.setBilledCost(r.billedCost());
            record.setEffectiveCost(r.effectiveCost());
            record.setListCost(r.listCost());
            record.setContractedCost(r.contractedCost());
            pendingTags.add(record);
            if (pendingTags.size() >= BATCH) {
                flush();
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

        /** Multi-row inserts: far fewer round trips than a JDBC batch of single rows, on H2 and PostgreSQL. */
        void flush() {
            boolean postgres = db.dialect().family() == org.jooq.SQLDialect.POSTGRES;
            if (!pendingRows.isEmpty()) {
                if (postgres) {
                    PostgresCopy.copy(db, DAILY_COST, ROW_FIELDS, pendingRows);
                } else {
                    db.insertInto(DAILY_COST).columns(ROW_FIELDS).valuesOfRecords(pendingRows.stream()
                            .map(r -> r.into(ROW_FIELDS)).toList()).execute();
                }
                pendingRows.clear();
            }
            if (!pendingTags.isEmpty()) {
                if (postgres) {
                    PostgresCopy.copy(db, DAILY_TAG_COST, TAG_FIELDS, pendingTags);
                } else {
                    db.insertInto(DAILY_TAG_COST).columns(TAG_FIELDS).valuesOfRecords(pendingTags.stream()
                            .map(r -> r.into(TAG_FIELDS)).toList()).execute();
                }
                pendingTags.clear();
            }
        }
    }
}
