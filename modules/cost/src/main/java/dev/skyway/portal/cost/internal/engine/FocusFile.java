package dev.skyway.portal.cost.internal.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One FOCUS file as DuckDB reads it: its columns checked, its version told, and a temporary view {@code lines} of
 * normalized line items (the portal's column names, typed values, UTC days, tags as a JSON object string). Nulls
 * written as an empty field or as {@code NULL}, date-times with or without {@code T} and {@code Z}, a byte-order
 * mark before the header, any column order and extra columns are all taken.
 */
public final class FocusFile {

    private final Connection duck;
    private final FocusColumns columns;
    private final String reader;
    private final Map<String, String> types;
    /** What the checks and the view read: the file itself until {@link #load()} copied it into a table. */
    private String source;

    private FocusFile(Connection duck, FocusColumns columns, String reader, Map<String, String> types) {
        this.duck = duck;
        this.columns = columns;
        this.reader = reader;
        this.types = types;
        this.source = reader;
    }

    /**
     * Reads the file's header, checks it and defines the view {@code lines} (which reads nothing yet).
     *
     * @throws FocusFormatException naming the missing FOCUS columns, or when the file cannot be read at all
     */
    public static FocusFile open(Connection duck, Path file, FileFormat format) {
        return open(duck, java.util.List.of(file), format);
    }

    /** The files of one delivery (AWS splits a large period into several), read as one. */
    public static FocusFile open(Connection duck, java.util.List<Path> files, FileFormat format) {
        String path = files.stream().map(f -> "'" + DuckDb.quote(f.toAbsolutePath().toString()) + "'")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        String source = switch (format) {
            case PARQUET -> "read_parquet(" + path + ", union_by_name = true)";
            case CSV, CSV_GZIP -> "read_csv(" + path + ", union_by_name = true, header = true, all_varchar = true, delim = ',',"
                    + " quote = '\"', escape = '\"', nullstr = ['', 'NULL'], compression = '"
                    + (format == FileFormat.CSV_GZIP ? "gzip" : "none") + "')";
        };
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (r.next()) {
                types.put(r.getString("column_name"), r.getString("column_type"));
            }
        } catch (SQLException e) {
            throw new FocusFormatException("The file cannot be read as " + format.name().replace('_', ' ')
                    + ": " + firstLine(e.getMessage()));
        }
        FocusColumns columns = FocusColumns.of(new ArrayList<>(types.keySet()));
        List<String> missing = columns.missing();
        if (!missing.isEmpty()) {
            throw FocusFormatException.missing(missing);
        }
        FocusFile focus = new FocusFile(duck, columns, source, types);
        focus.createView(types);
        return focus;
    }

    /**
     * Reads the file once into a temporary table (DuckDB spills to its temp directory past its memory limit), so
     * the checks, the split by period and the rollup do not parse a compressed CSV again each.
     */
    public void load() {
        execute("CREATE OR REPLACE TEMP TABLE raw_lines AS SELECT * FROM " + reader);
        source = "raw_lines";
        createView(types);
    }

    public String version() {
        return columns.version();
    }

    private void createView(Map<String, String> types) {
        String tagsType = columns.actual("Tags").map(types::get).orElse("VARCHAR");
        String tags = columns.actual("Tags").map(DuckDb::identifier)
                .map(t -> tagsType.startsWith("MAP") || tagsType.startsWith("STRUCT")
                        ? "CAST(to_json(" + t + ") AS VARCHAR)" : "CAST(" + t + " AS VARCHAR)")
                .orElse("NULL");
        String provider = "COALESCE(" + text("ProviderName") + ", " + text("ServiceProviderName") + ", 'Unknown')";
        String sql = "CREATE OR REPLACE TEMP VIEW lines AS SELECT "
                + timestamp("ChargePeriodStart") + " AS charge_start, "
                + "CAST(" + timestamp("ChargePeriodStart") + " AS DATE) AS day, "
                + "strftime(" + timestamp("BillingPeriodStart") + ", '%Y-%m') AS period, "
                + provider + " AS provider_name, "
                + text("BillingAccountId") + " AS billing_account_id, "
                + "COALESCE(" + text("SubAccountId") + ", " + text("BillingAccountId") + ") AS sub_account_id, "
                + text("SubAccountName") + " AS sub_account_name, "
                + "COALESCE(" + text("ServiceName") + ", '') AS service_name, "
                + text("ServiceCategory") + " AS service_category, "
                + "COALESCE(" + text("RegionId") + ", '') AS region_id, "
                + "COALESCE(" + text("ChargeCategory") + ", '') AS charge_category, "
                + text("ChargeClass") + " AS charge_class, "
                + text("PricingCategory") + " AS pricing_category, "
                + text("CommitmentDiscountType") + " AS commitment_discount_type, "
                + text("ResourceId") + " AS resource_id, "
                + text("ResourceName") + " AS resource_name, "
                + text("SkuId") + " AS sku_id, "
                + text("x_UsageType") + " AS usage_type, "
                + "upper(" + text("BillingCurrency") + ") AS currency, "
                + cost("BilledCost") + " AS billed_cost, "
                + cost("EffectiveCost") + " AS effective_cost, "
                + cost("ListCost") + " AS list_cost, "
                + cost("ContractedCost") + " AS contracted_cost, "
                + "NULLIF(NULLIF(" + tags + ", ''), '{}') AS tags "
                + "FROM " + source;
        execute(sql);
    }

    /**
     * Refuses values the view would otherwise turn into nulls: every cost a number, every date a date, every
     * currency a code. Reads the whole file, so it runs in the import's background work, not in the upload request.
     *
     * @throws FocusFormatException naming the first bad value of each kind
     */
    public void checkValues() {
        List<String> problems = new ArrayList<>();
        for (String column : List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost")) {
            String raw = raw(column);
            firstBad("SELECT " + raw + " FROM " + source + " WHERE " + raw + " IS NOT NULL AND "
                    + number(raw) + " IS NULL LIMIT 1").ifPresent(v -> problems.add(column + " '" + v
                    + "' is not a number"));
        }
        for (String column : List.of("ChargePeriodStart", "BillingPeriodStart")) {
            String raw = raw(column);
            firstBad("SELECT COALESCE(" + raw + ", '(empty)') FROM " + source + " WHERE "
                    + "TRY_CAST(" + raw + " AS TIMESTAMPTZ) IS NULL LIMIT 1").ifPresent(v -> problems.add(column
                    + " '" + v + "' is not a date-time"));
        }
        String currency = raw("BillingCurrency");
        firstBad("SELECT COALESCE(" + currency + ", '(empty)') FROM " + source + " WHERE " + currency
                + " IS NULL OR NOT regexp_full_match(" + currency + ", '[A-Za-z]{3}') LIMIT 1")
                .ifPresent(v -> problems.add("BillingCurrency '" + v + "' is not an ISO 4217 code"));
        if (!problems.isEmpty()) {
            throw new FocusFormatException("The file has values the portal cannot read: "
                    + String.join("; ", problems));
        }
    }

    private java.util.Optional<String> firstBad(String sql) {
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? java.util.Optional.of(String.valueOf(r.getString(1))) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new FocusFormatException("The file cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private String raw(String column) {
        return "CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow()) + " AS VARCHAR)";
    }

    private String text(String column) {
        return columns.actual(column).map(c -> "NULLIF(trim(CAST(" + DuckDb.identifier(c) + " AS VARCHAR)), '')")
                .orElse("CAST(NULL AS VARCHAR)");
    }

    private String timestamp(String column) {
        return "TRY_CAST(" + raw(column) + " AS TIMESTAMPTZ)";
    }

    private String cost(String column) {
        return "COALESCE(" + number(raw(column)) + ", 0)";
    }

    /** Decimal text exactly; scientific notation ({@code 1.2E-5}, as some tools write) through a double. */
    private static String number(String raw) {
        return "COALESCE(TRY_CAST(" + raw + " AS DECIMAL(28, 10)), "
                + "CAST(TRY_CAST(" + raw + " AS DOUBLE) AS DECIMAL(28, 10)))";
    }

    private void execute(String sql) {
        try (Statement s = duck.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new FocusFormatException("The file cannot be read: " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
