package dev.skyway.portal.cost.internal.sandbox;

import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.AvailabilityZone;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.BillingAccountId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.BillingAccountName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.BillingAccountType;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.BillingCurrency;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.BillingPeriodEnd;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.BillingPeriodStart;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ChargeCategory;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ChargeClass;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ChargeDescription;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ChargeFrequency;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ChargePeriodEnd;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ChargePeriodStart;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountCategory;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountQuantity;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountStatus;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountType;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.CommitmentDiscountUnit;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ConsumedQuantity;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ConsumedUnit;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ContractedUnitPrice;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.InvoiceId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.InvoiceIssuerName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ListUnitPrice;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.PricingCategory;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.PricingCurrency;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.PricingQuantity;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.PricingUnit;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ProviderName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.PublisherName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.RegionId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.RegionName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ResourceId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ResourceName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ResourceType;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ServiceCategory;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ServiceName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.ServiceSubcategory;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.SkuId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.SkuMeter;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.SkuPriceId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.SubAccountId;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.SubAccountName;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.SubAccountType;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.Tags;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.x_Operation;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.x_ServiceCode;
import static dev.skyway.portal.cost.internal.sandbox.FocusColumn.x_UsageType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Turns usage and charges into FOCUS 1.2 line items the way AWS writes them: on-demand usage (every cost metric
 * equal), usage covered by the Savings Plan (billed 0, effective the amortized rate), the plan's unused commitment and
 * its recurring purchase, Support, tax, credits and refunds.
 */
final class FocusRows {

    static final String BILLING_ACCOUNT_ID = "111122223333";
    static final String BILLING_ACCOUNT_NAME = "Skyway Org";
    private static final String USD = "USD";

    /** Usage at on-demand prices: list = contracted = billed = effective. */
    FocusRow onDemand(BillingMonth month, UsageLine line) {
        BigDecimal cost = line.listCost();
        return usage(month, line).set(PricingCategory, "Standard").costs(cost, cost, cost, cost);
    }

    /** Usage the Savings Plan paid for: nothing billed now, the amortized plan rate as the effective cost. */
    FocusRow covered(BillingMonth month, UsageLine line, BigDecimal effective, SavingsPlan plan) {
        BigDecimal list = line.listCost();
        return commitment(usage(month, line), plan).set(PricingCategory, "Committed")
                .set(CommitmentDiscountStatus, "Used")
                .set(ChargeDescription, "Savings Plan covered usage: " + line.resource().meter().description())
                .costs(BigDecimal.ZERO, effective, list, list);
    }

    /** The part of a day's commitment no usage consumed: paid anyway, so it is effective cost. */
    FocusRow unused(BillingMonth month, LocalDate day, BigDecimal amount, SavingsPlan plan) {
        return commitment(charge(month, plan.owner(), AwsService.SAVINGS_PLANS, day, day.plusDays(1)), plan)
                .set(ChargeCategory, "Usage").set(ChargeFrequency, "Usage-Based").set(PricingCategory, "Committed")
                .set(CommitmentDiscountStatus, "Unused").set(ChargeDescription, "Unused Savings Plan commitment")
                .set(ResourceId, plan.arn()).set(ResourceName, plan.name()).set(ResourceType, "Savings Plan")
                .set(x_UsageType, "ComputeSP:1yrNoUpfront").set(x_Operation, "UnusedCommitment")
                .costs(BigDecimal.ZERO, amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The plan's recurring fee for the month's charged hours: billed, never effective (usage carries it). */
    FocusRow purchase(BillingMonth month, SavingsPlan plan) {
        BigDecimal hours = BigDecimal.valueOf(month.chargedHours());
        BigDecimal fee = plan.fee(month.chargedHours());
        return commitment(charge(month, plan.owner(), AwsService.SAVINGS_PLANS, month.start(), month.chargesEnd()),
                plan).set(ChargeCategory, "Purchase").set(ChargeFrequency, "Recurring")
                .set(PricingCategory, "Standard").set(ChargeDescription, "1 year No Upfront " + plan.name()
                        + ", USD " + plan.hourlyCommitment().toPlainString() + " per hour")
                .set(ResourceId, plan.arn()).set(ResourceName, plan.name()).set(ResourceType, "Savings Plan")
                .set(PricingQuantity, hours).set(PricingUnit, "Hrs")
                .set(ListUnitPrice, plan.hourlyCommitment()).set(ContractedUnitPrice, plan.hourlyCommitment())
                .set(CommitmentDiscountQuantity, fee).set(x_UsageType, "ComputeSP:1yrNoUpfront")
                .set(x_Operation, "RecurringFee").costs(fee, BigDecimal.ZERO, fee, fee);
    }

    FocusRow support(BillingMonth month, SandboxAccount management, BigDecimal fee) {
        return charge(month, management, AwsService.SUPPORT, month.start(), month.chargesEnd())
                .set(ChargeCategory, "Usage").set(ChargeFrequency, "Recurring").set(PricingCategory, "Standard")
                .set(ChargeDescription, "AWS Support (Business): 10% of the first USD 10K, 7% to USD 80K, 5% to "
                        + "USD 250K, 3% above").set(x_UsageType, "Dollar").set(x_Operation, "None")
                .costs(fee, fee, fee, fee);
    }

    FocusRow tax(BillingMonth month, SandboxAccount account, AwsService service, BigDecimal amount) {
        return charge(month, account, service, month.start(), month.chargesEnd()).set(ChargeCategory, "Tax")
                .set(ChargeFrequency, "One-Time").set(ChargeDescription, "Tax for product code " + service.code)
                .set(x_UsageType, "Tax").costs(amount, amount, amount, amount);
    }

    /** A promotional credit against a day's usage of a service; {@code amount} is negative. */
    FocusRow credit(BillingMonth month, LocalDate day, SandboxAccount account, AwsService service,
                    BigDecimal amount) {
        return charge(month, account, service, day, day.plusDays(1)).set(ChargeCategory, "Credit")
                .set(ChargeFrequency, "Usage-Based").set(ChargeDescription, "AWS Activate promotional credit")
                .set(x_UsageType, "Credit").costs(amount, amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** A refund correcting an earlier period's charges; {@code amount} is negative. */
    FocusRow refund(BillingMonth month, LocalDate day, SandboxAccount account, AwsService service,
                    BigDecimal amount, String description) {
        return charge(month, account, service, day, day.plusDays(1)).set(ChargeCategory, "Adjustment")
                .set(ChargeClass, "Correction").set(ChargeFrequency, "One-Time").set(ChargeDescription, description)
                .set(x_UsageType, "Refund").costs(amount, amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private FocusRow usage(BillingMonth month, UsageLine line) {
        SandboxResource resource = line.resource();
        Meter meter = resource.meter();
        return charge(month, resource.account(), resource.service(), line.day(), line.day().plusDays(1))
                .set(ChargeCategory, "Usage").set(ChargeFrequency, "Usage-Based")
                .set(ChargeDescription, meter.description())
                .set(ConsumedQuantity, line.quantity()).set(ConsumedUnit, meter.unit())
                .set(PricingQuantity, line.quantity()).set(PricingUnit, meter.unit())
                .set(ListUnitPrice, meter.unitPrice()).set(ContractedUnitPrice, meter.unitPrice())
                .set(RegionId, resource.region().id).set(RegionName, resource.region().displayName)
                .set(AvailabilityZone, resource.zone()).set(ResourceId, resource.resourceId())
                .set(ResourceName, resource.resourceName()).set(ResourceType, resource.resourceType())
                .set(SkuId, meter.skuId()).set(SkuPriceId, meter.skuPriceId()).set(SkuMeter, meter.skuMeter())
                .set(Tags, resource.tags()).set(x_UsageType, meter.usageType()).set(x_Operation, meter.operation());
    }

    private static FocusRow commitment(FocusRow row, SavingsPlan plan) {
        return row.set(CommitmentDiscountCategory, SavingsPlan.CATEGORY).set(CommitmentDiscountId, plan.arn())
                .set(CommitmentDiscountName, plan.name()).set(CommitmentDiscountType, SavingsPlan.TYPE)
                .set(CommitmentDiscountUnit, USD);
    }

    /** What every line item of the month and account carries. */
    private FocusRow charge(BillingMonth month, SandboxAccount account, AwsService service, LocalDate from,
                            LocalDate until) {
        return new FocusRow().set(BillingAccountId, BILLING_ACCOUNT_ID).set(BillingAccountName, BILLING_ACCOUNT_NAME)
                .set(BillingAccountType, "Billing Account").set(BillingCurrency, USD)
                .set(BillingPeriodStart, month.start()).set(BillingPeriodEnd, month.end())
                .set(ChargePeriodStart, from).set(ChargePeriodEnd, until)
                .set(InvoiceId, month.invoiceId()).set(InvoiceIssuerName, "AWS").set(ProviderName, "AWS")
                .set(PublisherName, "AWS").set(PricingCurrency, USD)
                .set(SubAccountId, account.id()).set(SubAccountName, account.name())
                .set(SubAccountType, "Linked Account").set(ServiceName, service.serviceName)
                .set(ServiceCategory, service.category).set(ServiceSubcategory, service.subcategory)
                .set(x_ServiceCode, service.code);
    }
}
