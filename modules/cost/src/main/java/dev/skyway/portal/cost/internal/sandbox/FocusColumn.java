package dev.skyway.portal.cost.internal.sandbox;

/**
 * The columns the generator writes, in file order: the FOCUS 1.2 columns AWS Data Exports writes (alphabetical),
 * then AWS's {@code x_} columns. Constants are named exactly as the columns, so {@link #name()} is the header.
 */
enum FocusColumn {
    AvailabilityZone, BilledCost, BillingAccountId, BillingAccountName, BillingAccountType, BillingCurrency,
    BillingPeriodEnd, BillingPeriodStart, CapacityReservationId, CapacityReservationStatus, ChargeCategory,
    ChargeClass, ChargeDescription, ChargeFrequency, ChargePeriodEnd, ChargePeriodStart, CommitmentDiscountCategory,
    CommitmentDiscountId, CommitmentDiscountName, CommitmentDiscountQuantity, CommitmentDiscountStatus,
    CommitmentDiscountType, CommitmentDiscountUnit, ConsumedQuantity, ConsumedUnit, ContractedCost,
    ContractedUnitPrice, EffectiveCost, InvoiceId, InvoiceIssuerName, ListCost, ListUnitPrice, PricingCategory,
    PricingCurrency, PricingQuantity, PricingUnit, ProviderName, PublisherName, RegionId, RegionName, ResourceId,
    ResourceName, ResourceType, ServiceCategory, ServiceName, ServiceSubcategory, SkuId, SkuMeter, SkuPriceDetails,
    SkuPriceId, SubAccountId, SubAccountName, SubAccountType, Tags, x_Operation, x_ServiceCode, x_UsageType;

    static String[] header() {
        FocusColumn[] columns = values();
        String[] names = new String[columns.length];
        for (FocusColumn column : columns) {
            names[column.ordinal()] = column.name();
        }
        return names;
    }
}
