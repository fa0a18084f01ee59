package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.schema.cost.tables.records.DailyCostRecord;

/**
 * The allocated daily rollups as a FOCUS 1.2 CSV: one row per rollup row (a day's charges that share every
 * dimension), with the portal's allocation in {@code x_} columns. It is itself a valid FOCUS file: importing it
 * elsewhere gives the same sums.
 */
@Component
public class FocusExport {

    static final String[] HEADER = {"BillingAccountId", "BillingCurrency", "PricingCurrency", "BillingPeriodStart", "BillingPeriodEnd",
        "ChargePeriodStart", "ChargePeriodEnd", "ProviderName", "SubAccountId", "SubAccountName", "ServiceName",
        "ServiceCategory", "RegionId", "ChargeCategory", "ChargeClass", "PricingCategory", "CommitmentDiscountType",
        "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "x_Team", "x_TeamSource", "x_CostCenter",
        "x_RequestId", "x_LineItems", "x_Estimated"};

    private final DSLContext db;

    FocusExport(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public void write(LocalDate start, LocalDate end, @Nullable Set<String> teams, Writer out) {
        Condition c = DAILY_COST.CHARGE_DATE.ge(start).and(DAILY_COST.CHARGE_DATE.lt(end));
        if (teams != null) {
            c = c.and(DAILY_COST.TEAM.in(teams));
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
             Cursor<DailyCostRecord> rows = db.selectFrom(DAILY_COST).where(c)
                     .orderBy(DAILY_COST.CHARGE_DATE, DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.SERVICE_NAME)
                     .fetchSize(1_000).fetchLazy()) {
            for (DailyCostRecord r : rows) {
                YearMonth period = YearMonth.parse(r.getPeriod());
                csv.printRecord(r.getBillingAccountId(), r.getCurrency(), r.getCurrency(), instant(period.atDay(1)),
                        instant(period.plusMonths(1).atDay(1)), instant(r.getChargeDate()),
                        instant(r.getChargeDate().plusDays(1)), r.getProviderName(), r.getSubAccountId(),
                        r.getSubAccountName(), r.getServiceName(), r.getServiceCategory(), r.getRegionId(),
                        r.getChargeCategory(), r.getChargeClass(), r.getPricingCategory(),
                        r.getCommitmentDiscountType(), r.getBilledCost().toPlainString(),
                        r.getEffectiveCost().toPlainString(), r.getListCost().toPlainString(),
                        r.getContractedCost().toPlainString(), r.getTeam(), r.getTeamSource(), r.getCostCenter(),
                        r.getRequestTag(), r.getLineItems(), r.getEstimated());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String instant(LocalDate day) {
        return day + "T00:00:00Z";
    }
}
