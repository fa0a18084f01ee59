package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One day's line items: a row per resource in use, the Savings Plan applied to eligible usage in resource order until
 * the day's commitment is spent (the usage that crosses the line is split), the commitment left over as an unused
 * row, and the promotional credit against the credited account's usage.
 */
final class DailyCharges {

    /** A line item with the account and service it is billed to. */
    record Charge(SandboxAccount account, AwsService service, BigDecimal billed, FocusRow row) {
    }

    private final Estate estate;
    private final FocusRows rows;

    DailyCharges(Estate estate, FocusRows rows) {
        this.estate = estate;
        this.rows = rows;
    }

    List<Charge> on(BillingMonth month, LocalDate day) {
        SavingsPlan plan = estate.savingsPlan();
        BigDecimal remaining = plan.activeOn(day) ? plan.dailyCommitment() : null;
        List<Charge> charges = new ArrayList<>();
        for (SandboxResource resource : estate.resources()) {
            BigDecimal quantity = estate.curve().quantity(resource, day);
            if (quantity.signum() == 0) {
                continue;
            }
            UsageLine line = new UsageLine(resource, day, quantity);
            if (remaining != null && resource.savingsPlanEligible()) {
                remaining = cover(month, line, remaining, plan, charges);
            } else {
                charges.add(onDemand(month, line));
            }
        }
        if (remaining != null && remaining.signum() > 0) {
            charges.add(new Charge(plan.owner(), AwsService.SAVINGS_PLANS, BigDecimal.ZERO,
                    rows.unused(month, day, remaining, plan)));
        }
        charges.addAll(credits(month, day, charges));
        return charges;
    }

    private BigDecimal cover(BillingMonth month, UsageLine line, BigDecimal remaining, SavingsPlan plan,
                             List<Charge> charges) {
        BigDecimal atPlanRate = plan.rate(line.listCost());
        if (atPlanRate.compareTo(remaining) <= 0) {
            charges.add(covered(month, line, atPlanRate, plan));
            return remaining.subtract(atPlanRate);
        }
        if (remaining.signum() == 0) {
            charges.add(onDemand(month, line));
            return remaining;
        }
        BigDecimal coveredQuantity = line.quantity().multiply(remaining)
                .divide(atPlanRate, 6, RoundingMode.DOWN);
        charges.add(covered(month, line.withQuantity(coveredQuantity), remaining, plan));
        charges.add(onDemand(month, line.withQuantity(line.quantity().subtract(coveredQuantity))));
        return BigDecimal.ZERO;
    }

    private List<Charge> credits(BillingMonth month, LocalDate day, List<Charge> charges) {
        Estate.Credit credit = estate.credit();
        Map<AwsService, BigDecimal> usage = new EnumMap<>(AwsService.class);
        for (Charge charge : charges) {
            if (credit.appliesOn(charge.account(), day)) {
                usage.merge(charge.service(), charge.billed(), BigDecimal::add);
            }
        }
        List<Charge> credits = new ArrayList<>();
        usage.forEach((service, billed) -> {
            if (billed.signum() > 0) {
                BigDecimal amount = billed.negate();
                credits.add(new Charge(credit.account(), service, amount,
                        rows.credit(month, day, credit.account(), service, amount)));
            }
        });
        return credits;
    }

    private Charge onDemand(BillingMonth month, UsageLine line) {
        return charge(line, line.listCost(), rows.onDemand(month, line));
    }

    private Charge covered(BillingMonth month, UsageLine line, BigDecimal effective, SavingsPlan plan) {
        return charge(line, BigDecimal.ZERO, rows.covered(month, line, effective, plan));
    }

    private static Charge charge(UsageLine line, BigDecimal billed, FocusRow row) {
        return new Charge(line.resource().account(), line.resource().service(), billed, row);
    }
}
