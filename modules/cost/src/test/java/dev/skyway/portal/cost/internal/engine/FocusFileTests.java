package dev.skyway.portal.cost.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real FOCUS files do to a reader, read into normalized line items: a byte-order mark, columns in any order
 * and extra ones, CRLF line ends, nulls as empty fields or {@code NULL}, date-times with or without {@code T},
 * {@code Z} or an offset, costs in scientific notation or too large for 18 digits; and bad values refused naming
 * the first of each kind, whether the file is CSV or typed Parquet.
 */
class FocusFileTests {

    static final String HEADER = "\uFEFFx_Extra,ServiceName,BilledCost,EffectiveCost,ListCost,ContractedCost,"
            + "BillingCurrency,ChargePeriodStart,BillingPeriodStart,BillingAccountId,SubAccountId,ChargeCategory,"
            + "RegionId,Tags\r\n";

    @TempDir
    Path dir;

    @Test
    void everyQuirkOfRealFilesIsReadExactly() throws Exception {
        Path csv = csv(HEADER
                + "a,EC2,12.3456789012,1.2E-5,NULL,,usd,2024-09-01 00:00:00,2024-09-01 00:00:00,111,222,Usage,"
                + "us-east-1,\"{\"\"team\"\":\"\"payments\"\"}\"\r\n"
                + "b,S3,123456789012.5,-3.10,0,1e3,EUR,2024-09-02T02:00:00+02:00,2024-09-01T00:00:00Z,111,NULL,"
                + "Credit,NULL,NULL\r\n"
                + "c,Tax,0.5,0.5,0.5,0.5,USD,2024-09-30T23:30:00-01:00,2024-09-01T00:00:00.000Z,111,,Tax,,{}\r\n");

        List<List<Object>> lines = load(csv, FileFormat.CSV);

        assertThat(lines).containsExactly(
                List.of("2024-09-01", "2024-09", "111", "222", "EC2", "us-east-1", "USD",
                        amount("12.3456789012"), amount("0.0000120000"), amount("0"),
                        amount("0"), "{\"team\":\"payments\"}"),
                List.of("2024-09-02", "2024-09", "111", "111", "S3", "", "EUR",
                        amount("123456789012.5"), amount("-3.10"), amount("0"),
                        amount("1000"), "(none)"),
                // 23:30 at UTC-1 is the next day in UTC, still in September's billing period
                List.of("2024-10-01", "2024-09", "111", "111", "Tax", "", "USD", amount("0.5"),
                        amount("0.5"), amount("0.5"), amount("0.5"), "(none)"));
    }

    @Test
    void badValuesAreRefusedNamingTheFirstOfEachKind() throws Exception {
        Path csv = csv(HEADER
                + "a,EC2,thirty-five,1,1,1,USD,2024-09-01,2024-09-01,111,222,Usage,us-east-1,\r\n"
                + "a,EC2,1,1,1,1,US$,yesterday,2024-09-01,111,222,Usage,us-east-1,\r\n"
                + "a,EC2,1,1,1,1,USD,2024-09-01,NULL,111,222,Usage,us-east-1,\r\n"
                + "a,EC2,x,1,1,1,USD,2024-09-01,2024-09-01,111,222,Usage,us-east-1,\r\n");
        Path normalized = dir.resolve("lines.parquet");

        try (Connection duck = duckDb().open()) {
            FocusFile focus = FocusFile.open(duck, csv, FileFormat.CSV);
            assertThatThrownBy(() -> focus.load(normalized)).isInstanceOf(FocusFormatException.class)
                    .hasMessage("The file has values the portal cannot read: BilledCost 'thirty-five' is not a "
                            + "number; ChargePeriodStart 'yesterday' is not a date-time; BillingPeriodStart "
                            + "'(empty)' is not a date-time; BillingCurrency 'US$' is not an ISO 4217 code");
        }
        assertThat(normalized).doesNotExist();
    }

    @Test
    void typedParquetIsReadAsItsCsvIs() throws Exception {
        Path csv = csv(HEADER
                + "a,EC2,12.3456789012,1.5,2,3,USD,2024-09-01T00:00:00Z,2024-09-01T00:00:00Z,111,222,Usage,"
                + "us-east-1,\"{\"\"team\"\":\"\"payments\"\"}\"\r\n");
        Path parquet = dir.resolve("typed.parquet");
        try (Connection duck = duckDb().open(); Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (CAST(BilledCost AS DECIMAL(28,10)) AS BilledCost,"
                    + " CAST(EffectiveCost AS DOUBLE) AS EffectiveCost, CAST(ChargePeriodStart AS TIMESTAMPTZ)"
                    + " AS ChargePeriodStart, CAST(BillingPeriodStart AS TIMESTAMP) AS BillingPeriodStart,"
                    + " CAST(CAST(Tags AS JSON) AS MAP(VARCHAR, VARCHAR)) AS Tags) FROM read_csv('"
                    + DuckDb.quote(csv.toString()) + "', all_varchar = true)) TO '" + DuckDb.quote(parquet.toString())
                    + "' (FORMAT PARQUET)");
        }

        assertThat(load(parquet, FileFormat.PARQUET)).isEqualTo(load(csv, FileFormat.CSV));
    }

    @Test
    void aFileWithoutTheFocusColumnsIsRefusedNamingThem() throws Exception {
        Path csv = csv("lineItem/UsageAccountId,lineItem/UnblendedCost,BilledCost\n1,2,3\n");

        try (Connection duck = duckDb().open()) {
            assertThatThrownBy(() -> FocusFile.open(duck, csv, FileFormat.CSV))
                    .isInstanceOfSatisfying(FocusFormatException.class, e -> assertThat(e.missingColumns())
                            .startsWith("EffectiveCost", "ListCost").doesNotContain("BilledCost"));
        }
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    private DuckDb duckDb() {
        return new DuckDb("256MB", 1, dir.resolve("tmp"));
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("focus-" + System.nanoTime() + ".csv"), text, StandardCharsets.UTF_8);
    }

    /** The normalized line items by day and service: what the rollups and drill-down read of them. */
    private List<List<Object>> load(Path file, FileFormat format) throws Exception {
        Path normalized = dir.resolve("lines-" + System.nanoTime() + ".parquet");
        List<List<Object>> lines = new ArrayList<>();
        try (Connection duck = duckDb().open()) {
            FocusFile.open(duck, file, format).load(normalized);
            try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT CAST(day AS VARCHAR),"
                    + " period, billing_account_id, sub_account_id, service_name, region_id, currency, billed_cost,"
                    + " effective_cost, list_cost, contracted_cost, COALESCE(tags, '(none)') FROM lines"
                    + " ORDER BY day, service_name")) {
                while (r.next()) {
                    List<Object> line = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        Object value = r.getObject(i);
                        line.add(value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
                    }
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
