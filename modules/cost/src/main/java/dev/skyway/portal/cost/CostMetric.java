package dev.skyway.portal.cost;

/**
 * The FOCUS cost columns a figure can be shown in. {@code EffectiveCost} is the amortized cost (commitment purchases
 * spread over the usage they cover); {@code BilledCost} is what the invoice says; {@code ListCost} is at public
 * prices; {@code ContractedCost} is at the negotiated rates before commitment discounts.
 */
public enum CostMetric {
    BilledCost, EffectiveCost, ListCost, ContractedCost;

    /** @throws IllegalArgumentException naming the allowed values */
    public static CostMetric parse(String value) {
        for (CostMetric m : values()) {
            if (m.name().equalsIgnoreCase(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("metric must be one of BilledCost, EffectiveCost, ListCost, ContractedCost");
    }
}
