package dev.skyway.portal.cost;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A cost budget with where it stands now.
 *
 * @param amount     per period, in the currency the spend is compared in (currencies are never converted)
 * @param metric     the FOCUS cost column the spend is measured in
 * @param thresholds when it alerts, in the order given
 * @param awsName    the budget's name in AWS Budgets, when AWS keeps one too (its figures are read from there in
 *                   AWS mode)
 * @param createdBy  the email (or, without one, the username) of who created it; who budget alerts are emailed to
 * @param version    raised by every change; an update must name the version it changes
 */
public record Budget(UUID id, String name, BudgetScope scope, BudgetPeriod period, Money amount, CostMetric metric,
                     List<BudgetThreshold> thresholds, Source source, @Nullable String awsName, String createdBy,
                     int version, BudgetStatus status) {

    /** Where a budget comes from: created in the portal, recorded when an account was vended, or from AWS. */
    public enum Source { PORTAL, VENDING, AWS }

    public Budget {
        thresholds = List.copyOf(thresholds);
    }

    /** Only the portal's own budgets change here; the others belong to account vending or to AWS. */
    public boolean editable() {
        return source == Source.PORTAL;
    }

    /** The forecast against the amount, one decimal; absent without a forecast. */
    public java.math.@Nullable BigDecimal forecastPercent() {
        return status.forecastPercent(amount.amount());
    }
}
