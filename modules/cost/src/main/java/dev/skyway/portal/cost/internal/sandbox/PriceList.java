package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** On-demand prices in us-east-1 (USD, as published for Linux and PostgreSQL), and the meters built from them. */
final class PriceList {

    static final Map<String, Double> INSTANCE_HOUR = Map.ofEntries(
            Map.entry("t3.medium", 0.0416), Map.entry("t3.large", 0.0832), Map.entry("t3.xlarge", 0.1664),
            Map.entry("m6i.large", 0.096), Map.entry("m6i.xlarge", 0.192), Map.entry("m6i.2xlarge", 0.384),
            Map.entry("m6i.4xlarge", 0.768), Map.entry("c6i.xlarge", 0.17), Map.entry("c6i.2xlarge", 0.34),
            Map.entry("c6i.4xlarge", 0.68), Map.entry("r6i.xlarge", 0.252), Map.entry("r6i.2xlarge", 0.504),
            Map.entry("r6i.4xlarge", 1.008), Map.entry("m5.2xlarge", 0.384), Map.entry("m5.4xlarge", 0.768),
            Map.entry("c5.4xlarge", 0.68), Map.entry("c5.2xlarge", 0.34), Map.entry("r5.xlarge", 0.252),
            Map.entry("r6i.large", 0.126), Map.entry("c6i.large", 0.085), Map.entry("m6i.8xlarge", 1.536),
            Map.entry("r5.2xlarge", 0.504),
            Map.entry("g6e.12xlarge", 10.493), Map.entry("p3.8xlarge", 12.24), Map.entry("inf2.48xlarge", 12.981),
            Map.entry("g5.48xlarge", 16.288), Map.entry("trn1.32xlarge", 21.50), Map.entry("p3.16xlarge", 24.48),
            Map.entry("g6e.48xlarge", 30.131), Map.entry("p4d.24xlarge", 32.7726),
            Map.entry("p4de.24xlarge", 40.9657), Map.entry("p5.48xlarge", 98.32));

    static final Map<String, Double> DB_INSTANCE_HOUR = Map.of(
            "db.t4g.medium", 0.065, "db.t4g.large", 0.129, "db.m6g.large", 0.159, "db.m6g.xlarge", 0.318,
            "db.r6g.large", 0.225, "db.r6g.xlarge", 0.45, "db.r6g.2xlarge", 0.899);

    private final Seeded dice;

    PriceList(Seeded dice) {
        this.dice = dice;
    }

    /** The on-demand hourly price of an instance type. */
    static double instanceHour(String type) {
        Double price = INSTANCE_HOUR.get(type);
        if (price == null) {
            throw new IllegalArgumentException("No price for instance type " + type);
        }
        return price;
    }

    /**
     * A meter for {@code service} in {@code region} priced at {@code usEast1Price}; the SKU is derived from the
     * service, usage type and region, so the same meter always has the same SKU.
     */
    Meter meter(AwsService service, Region region, String usageType, String operation, String unit,
                double usEast1Price, String description, String skuMeter) {
        String regional = region.usagePrefix + usageType;
        BigDecimal price = BigDecimal.valueOf(usEast1Price * region.priceFactor(service))
                .setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        String sku = dice.code(16, "sku", service.code, regional);
        String priceId = sku + ".JRTCKXETXF." + dice.code(10, "rate", service.code, regional);
        String text = "$" + price.toPlainString() + " per " + description + ", " + region.displayName;
        return new Meter(regional, operation, text, unit, price, sku, priceId, skuMeter);
    }
}
