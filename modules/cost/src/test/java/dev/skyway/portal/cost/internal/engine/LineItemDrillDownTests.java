package dev.skyway.portal.cost.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skyway.portal.cost.CostMetric;

/**
 * Drill-down over kept line items written as the archive writes them: the largest groups and one remainder, line
 * items without a key, filters that match any of several values or an absent one, values and paths with quotes in
 * them, and a session that leaves no spill directory behind.
 */
class LineItemDrillDownTests {

    static final LocalDate SEP = LocalDate.parse("2024-09-01");
    static final LocalDate OCT = LocalDate.parse("2024-10-01");

    @TempDir
    Path dir;

    @Test
    void theLargestGroupsAreListedAndTheRestSummedAsOneRemainder() throws Exception {
        // 503 resources costing 1..503, and one line item without a resource costing 0.5
        Path file = parquet(dir.resolve("lines.parquet"), "SELECT * FROM (SELECT"
                + " DATE '2024-09-01' + CAST(i % 30 AS INTEGER) AS day,"
                + " 'i-' || lpad(CAST(i AS VARCHAR), 4, '0') AS resource_id, 'vm-' || i AS resource_name,"
                + " CAST(i AS DECIMAL(28, 10)) AS effective_cost FROM range(1, 504) t(i)) UNION ALL"
                + " SELECT DATE '2024-09-02', NULL, NULL, 0.5");
        LineItemDrillDown drillDown = new LineItemDrillDown("256MB", 1, dir.resolve("tmp"));

        LineItemDrillDown.Result result = drillDown.groups(List.of(file), slice(Map.of()), "ResourceId",
                CostMetric.EffectiveCost, 500);

        assertThat(result.groups()).hasSize(500);
        assertThat(result.groups().getFirst()).isEqualTo(new LineItemDrillDown.Group("i-0503", "vm-503",
                new BigDecimal("503.0000000000")));
        assertThat(result.groups().getLast().key()).isEqualTo("i-0004");
        assertThat(result.others()).isEqualTo(4);
        assertThat(result.otherAmount()).isEqualByComparingTo("6.5"); // 1 + 2 + 3 and the 0.5 without a resource
        assertThat(result.total()).isEqualByComparingTo(new BigDecimal(503 * 504 / 2).add(new BigDecimal("0.5")));
        assertThat(Files.list(dir.resolve("tmp")).toList()).as("spill directories left behind").isEmpty();
    }

    @Test
    void filtersMatchAnyOfTheirValuesAnEmptyValueMatchesAnAbsentOneAndQuotesStayValues() throws Exception {
        Path quoted = Files.createDirectories(dir.resolve("o'brien"));
        Path file = parquet(quoted.resolve("lines.parquet"), "SELECT * FROM (VALUES"
                + " (DATE '2024-09-03', 'acct-1', 'us-east-1', 'SKU1', 10.00),"
                + " (DATE '2024-09-04', 'acct-2', NULL, 'SKU1', 20.00),"
                + " (DATE '2024-09-05', 'o''brien', '', NULL, 40.00),"
                + " (DATE '2024-10-01', 'acct-1', 'us-east-1', 'SKU1', 80.00))"
                + " t(day, sub_account_id, region_id, sku_id, effective_cost)");
        LineItemDrillDown drillDown = new LineItemDrillDown("256MB", 1, dir.resolve("tmp"));

        try (LineItemDrillDown.Session session = drillDown.open()) {
            assertThat(session.groups(List.of(file), slice(Map.of("SubAccountId", List.of("acct-1", "acct-2"))),
                    "SkuId", CostMetric.EffectiveCost, 10).groups()).extracting(LineItemDrillDown.Group::key,
                    g -> g.amount().setScale(2)).containsExactly(tuple("SKU1", new BigDecimal("30.00")));
            assertThat(session.groups(List.of(file), slice(Map.of("RegionId", List.of(""))), "SkuId",
                    CostMetric.EffectiveCost, 10).groups()).extracting(LineItemDrillDown.Group::key,
                    g -> g.amount().setScale(2)).containsExactly(tuple(null, new BigDecimal("40.00")),
                    tuple("SKU1", new BigDecimal("20.00")));
            assertThat(session.groups(List.of(file), slice(Map.of("SubAccountId", List.of("o'brien"))), "SkuId",
                    CostMetric.EffectiveCost, 10).total()).isEqualByComparingTo("40");
            assertThat(session.groups(List.of(file), slice(Map.of("SubAccountId", List.of("x' OR '1'='1"))),
                    "SkuId", CostMetric.EffectiveCost, 10).groups()).isEmpty();
            assertThat(session.groups(List.of(file), slice(Map.of("SubAccountId", List.of())), "SkuId",
                    CostMetric.EffectiveCost, 10).groups()).as("an OU without accounts matches nothing").isEmpty();
        }
    }

    @Test
    void aSplitSumsEachGroupingBeforeAndFromADayInOneRead() throws Exception {
        Path file = parquet(dir.resolve("lines.parquet"), "SELECT * FROM (VALUES"
                + " (DATE '2024-09-10', 'i-1', 'BoxUsage:m5.large', 10.00),"
                + " (DATE '2024-09-11', 'i-1', 'BoxUsage:m5.large', 12.00),"
                + " (DATE '2024-09-20', 'i-1', 'BoxUsage:m5.large', 11.00),"
                + " (DATE '2024-09-20', 'i-2', 'BoxUsage:p3.8xlarge', 300.00),"
                + " (DATE '2024-09-20', NULL, 'DataTransfer-Out-Bytes', 1.50))"
                + " t(day, resource_id, usage_type, effective_cost)");
        LineItemDrillDown drillDown = new LineItemDrillDown("256MB", 1, dir.resolve("tmp"));

        LineItemDrillDown.Split split;
        try (LineItemDrillDown.Session session = drillDown.open()) {
            split = session.split(List.of(file), slice(Map.of()), LocalDate.parse("2024-09-20"),
                    List.of("ResourceId", "x_UsageType"), CostMetric.EffectiveCost);
        }

        assertThat(split.before().get("ResourceId")).containsOnlyKeys("i-1", "i-2", "")
                .hasEntrySatisfying("i-1", v -> assertThat(v).isEqualByComparingTo("22"))
                .hasEntrySatisfying("i-2", v -> assertThat(v).isZero());
        assertThat(split.from().get("ResourceId")).hasEntrySatisfying("i-2", v -> assertThat(v)
                .isEqualByComparingTo("300")).hasEntrySatisfying("", v -> assertThat(v).isEqualByComparingTo("1.5"));
        assertThat(split.from().get("x_UsageType")).containsOnlyKeys("BoxUsage:m5.large", "BoxUsage:p3.8xlarge",
                "DataTransfer-Out-Bytes").hasEntrySatisfying("BoxUsage:m5.large", v -> assertThat(v)
                .isEqualByComparingTo("11"));
    }

    @Test
    void onlyTheKnownDimensionsAreAccepted() {
        LineItemDrillDown drillDown = new LineItemDrillDown("256MB", 1, dir.resolve("tmp"));

        assertThatThrownBy(() -> slice(Map.of("team", List.of("payments"))))
                .hasMessage("Line items cannot be filtered by team");
        assertThatThrownBy(() -> drillDown.groups(List.of(), slice(Map.of()), "tags", CostMetric.BilledCost, 5))
                .hasMessageContaining("Line items have no dimension tags");
        assertThat(drillDown.groups(List.of(), slice(Map.of()), "SkuId", CostMetric.BilledCost, 5).total())
                .isZero();
    }

    static LineItemDrillDown.Slice slice(Map<String, List<String>> filters) {
        return new LineItemDrillDown.Slice(SEP, OCT, "USD", filters);
    }

    /** Line items with the archive's columns: what the select gives, the rest as the view would leave them. */
    static Path parquet(Path file, String select) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE given AS " + select);
            s.execute("CREATE TABLE lines (day DATE, provider_name VARCHAR, billing_account_id VARCHAR,"
                    + " sub_account_id VARCHAR, service_name VARCHAR, service_category VARCHAR, region_id VARCHAR,"
                    + " charge_category VARCHAR, pricing_category VARCHAR, resource_id VARCHAR,"
                    + " resource_name VARCHAR, sku_id VARCHAR, usage_type VARCHAR, currency VARCHAR,"
                    + " billed_cost DECIMAL(28, 10), effective_cost DECIMAL(28, 10), list_cost DECIMAL(28, 10),"
                    + " contracted_cost DECIMAL(28, 10))");
            s.execute("INSERT INTO lines BY NAME SELECT *, 'USD' AS currency FROM given");
            s.execute("COPY lines TO '" + DuckDb.quote(file.toString()) + "' (FORMAT PARQUET)");
        }
        return file;
    }
}
