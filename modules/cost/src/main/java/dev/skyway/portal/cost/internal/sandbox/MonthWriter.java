package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one billing period: the daily line items, then what is charged once a month on its first day (the refund
 * when it falls in this month, the Savings Plan's recurring fee, Business Support on the month's charges, and tax per
 * account and service).
 */
final class MonthWriter {

    static final BigDecimal TAX_RATE = new BigDecimal("0.06");

    private final Estate estate;
    private final FocusRows rows = new FocusRows();
    private final DailyCharges daily;

    MonthWriter(Estate estate) {
        this.estate = estate;
        this.daily = new DailyCharges(estate, rows);
    }

    /** Returns the number of rows written. */
    long write(BillingMonth month, Path file) {
        Map<String, DailyCharges.Charge> billedByAccountAndService = new LinkedHashMap<>();
        try (FocusFileWriter out = new FocusFileWriter(file)) {
            for (LocalDate day = month.start(); day.isBefore(month.chargesEnd()); day = day.plusDays(1)) {
                daily.on(month, day).forEach(charge -> write(out, charge, billedByAccountAndService));
            }
            for (DailyCharges.Charge charge : monthly(month, billedByAccountAndService)) {
                write(out, charge, billedByAccountAndService);
            }
            for (DailyCharges.Charge billed : new ArrayList<>(billedByAccountAndService.values())) {
                BigDecimal tax = billed.billed().multiply(TAX_RATE).setScale(2, RoundingMode.HALF_EVEN);
                if (tax.signum() > 0) {
                    out.write(rows.tax(month, billed.account(), billed.service(), tax));
                }
            }
            return out.rows();
        }
    }

    private List<DailyCharges.Charge> monthly(BillingMonth month, Map<String, DailyCharges.Charge> billed) {
        List<DailyCharges.Charge> charges = new ArrayList<>();
        Estate.Refund refund = estate.refund();
        if (!refund.day().isBefore(month.start()) && refund.day().isBefore(month.chargesEnd())) {
            charges.add(new DailyCharges.Charge(refund.account(), refund.service(), refund.amount(),
                    rows.refund(month, refund.day(), refund.account(), refund.service(), refund.amount(),
                            refund.description())));
        }
        SavingsPlan plan = estate.savingsPlan();
        if (plan.activeOn(month.start())) {
            charges.add(new DailyCharges.Charge(plan.owner(), AwsService.SAVINGS_PLANS,
                    plan.fee(month.chargedHours()), rows.purchase(month, plan)));
        }
        BigDecimal total = billed.values().stream().map(DailyCharges.Charge::billed).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        for (DailyCharges.Charge charge : charges) {
            total = total.add(charge.billed());
        }
        BigDecimal fee = businessSupport(total);
        charges.add(new DailyCharges.Charge(estate.management(), AwsService.SUPPORT, fee,
                rows.support(month, estate.management(), fee)));
        return charges;
    }

    /** The greater of USD 100 and 10% of the first 10K, 7% to 80K, 5% to 250K, 3% above. */
    static BigDecimal businessSupport(BigDecimal charges) {
        double c = Math.max(0, charges.doubleValue());
        double fee = 0.10 * Math.min(c, 10_000) + 0.07 * Math.clamp(c - 10_000, 0, 70_000)
                + 0.05 * Math.clamp(c - 80_000, 0, 170_000) + 0.03 * Math.max(0, c - 250_000);
        return BigDecimal.valueOf(Math.max(100, fee)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void write(FocusFileWriter out, DailyCharges.Charge charge,
                              Map<String, DailyCharges.Charge> billed) {
        out.write(charge.row());
        billed.merge(charge.account().id() + "/" + charge.service(), charge,
                (sum, more) -> new DailyCharges.Charge(sum.account(), sum.service(),
                        sum.billed().add(more.billed()), sum.row()));
    }
}
