package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;

/**
 * What a resource's usage is measured and priced by: AWS's usage type and operation, the unit, the on-demand
 * (list) price per unit, and the SKU it is sold under.
 */
record Meter(String usageType, String operation, String description, String unit, BigDecimal unitPrice,
             String skuId, String skuPriceId, String skuMeter) {
}
