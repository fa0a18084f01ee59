package dev.skyway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic FOCUS 1.2 month at any size, written by DuckDB, shaped like a real export: each resource has 8 line
 * items a day (usage types, operations) on each of 31 days; a resource belongs to one of 200 accounts (25 teams),
 * 12 services and 2 regions; every 100th line is tax; one account in 12 is untagged. CSV as Data Exports writes it
 * (ISO date-times, tags as JSON) and the same rows as Parquet.
 */
final class FocusFiles {

    static final LocalDate MONTH = LocalDate.parse("2026-10-01");
    static final List<String> COLUMNS = List.of("BillingAccountId", "BillingAccountType", "BillingCurrency",
            "PricingCurrency", "BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd",
            "ProviderName", "SubAccountId", "SubAccountName", "ServiceName", "ServiceCategory", "RegionId",
            "ChargeCategory", "PricingCategory", "ResourceId", "SkuId", "BilledCost", "EffectiveCost", "ListCost",
            "ContractedCost", "Tags");

    private FocusFiles() {
    }

    static void write(long rows, Path csv, Path parquet) throws Exception {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(parquet);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("SET threads = 2");
            s.execute("CREATE VIEW focus AS SELECT '111122223333' AS BillingAccountId,"
                    + " 'Billing Account' AS BillingAccountType, 'USD' AS BillingCurrency, 'USD' AS PricingCurrency,"
                    + " '2026-10-01T00:00:00Z' AS BillingPeriodStart, '2026-11-01T00:00:00Z' AS BillingPeriodEnd,"
                    + " strftime(TIMESTAMP '2026-10-01' + to_days(CAST(i % 31 AS INTEGER)), '%Y-%m-%dT%H:%M:%SZ')"
                    + "   AS ChargePeriodStart,"
                    + " strftime(TIMESTAMP '2026-10-02' + to_days(CAST(i % 31 AS INTEGER)), '%Y-%m-%dT%H:%M:%SZ')"
                    + "   AS ChargePeriodEnd,"
                    + " 'AWS' AS ProviderName, CAST(200000000000 + (i // 248) % 200 AS VARCHAR) AS SubAccountId,"
                    + " 'account-' || ((i // 248) % 200) AS SubAccountName,"
                    + " (['Amazon Elastic Compute Cloud', 'Amazon Relational Database Service',"
                    + "   'Amazon Simple Storage Service', 'AWS Lambda', 'Amazon Elastic Kubernetes Service',"
                    + "   'Amazon CloudWatch', 'AWS Data Transfer', 'Amazon DynamoDB', 'Amazon ElastiCache',"
                    + "   'Amazon OpenSearch Service', 'Amazon Simple Queue Service', 'Amazon Route 53',"
                    + "   'AWS Key Management Service', 'Amazon Elastic Container Registry', 'AWS Glue'])"
                    + "   [1 + CAST((i // 248 // 200) % 12 AS INTEGER)] AS ServiceName, 'Compute' AS ServiceCategory,"
                    + " (['us-east-1', 'eu-west-1'])[1 + CAST((i // 248 // 2400) % 2 AS INTEGER)] AS RegionId,"
                    + " CASE WHEN i % 100 = 0 THEN 'Tax' ELSE 'Usage' END AS ChargeCategory,"
                    + " 'Standard' AS PricingCategory,"
                    + " 'arn:aws:ec2:us-east-1:200000000000:instance/i-' || lpad(CAST(i // 248 AS VARCHAR), 17, '0')"
                    + "   AS ResourceId, 'SKU' || ((i // 31) % 8) AS SkuId,"
                    + " CAST(((i * 7919) % 100000) / 10000.0 AS DECIMAL(18, 6)) AS BilledCost,"
                    + " CAST(((i * 7919) % 100000) / 11000.0 AS DECIMAL(18, 6)) AS EffectiveCost,"
                    + " CAST(((i * 7919) % 100000) / 9000.0 AS DECIMAL(18, 6)) AS ListCost,"
                    + " CAST(((i * 7919) % 100000) / 10000.0 AS DECIMAL(18, 6)) AS ContractedCost,"
                    + " CASE WHEN (i // 248) % 200 % 12 = 0 THEN NULL ELSE '{\"team\":\"team-' || ((i // 248) % 200"
                    + "   % 25) || '\",\"environment\":\"' || (['prod', 'staging', 'dev'])[1 + CAST((i // 248) % 200"
                    + "   % 3 AS INTEGER)] || '\"}' END AS Tags"
                    + " FROM range(" + rows + ") t(i)");
            s.execute("COPY focus TO '" + csv.toAbsolutePath() + "' (HEADER, DELIMITER ',')");
            s.execute("COPY focus TO '" + parquet.toAbsolutePath() + "' (FORMAT PARQUET)");
        }
    }
}
