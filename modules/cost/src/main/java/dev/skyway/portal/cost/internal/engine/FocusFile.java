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
    /** The normalized line items with their problem columns, once {@link #load(Path)} wrote them. */
    private @org.jspecify.annotations.Nullable Path loaded;

    private FocusFile(Connection duck, FocusColumns columns, String reader, Map<String, String> types) {
        this.duck = duck;
        this.columns = columns;
        this.reader = reader;
        this.types = types;
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
     * Reads the file once, in one pass: its line items normalized, each with the raw value of any cost, date or
     * currency it could not read, into one Parquet file; the view {@code lines} then reads that file. Checks and the
     * split by billing period read columns of it instead of parsing a (compressed) CSV again each.
     */
    public void load(Path normalized) {
        execute("COPY (SELECT " + normalizedColumns() + ", " + problemColumns() + " FROM " + reader + ") TO '"
                + DuckDb.quote(normalized.toAbsolutePath().toString()) + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
        loaded = normalized;
        execute("CREATE OR REPLACE TEMP VIEW lines AS SELECT * EXCLUDE (" + String.join(", ", PROBLEMS.keySet())
                + ") FROM read_parquet('" + DuckDb.quote(normalized.toAbsolutePath().toString()) + "')");
    }

    /** A problem column per checked FOCUS column: what makes a value unreadable, and how to say so. */
    private static final Map<String, String> PROBLEMS = new java.util.LinkedHashMap<>();

    static {
        for (String cost : List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost")) {
            PROBLEMS.put("bad_" + cost, cost + " '%s' is not a number");
        }
        PROBLEMS.put("bad_ChargePeriodStart", "ChargePeriodStart '%s' is not a date-time");
        PROBLEMS.put("bad_BillingPeriodStart", "BillingPeriodStart '%s' is not a date-time");
        PROBLEMS.put("bad_BillingCurrency", "BillingCurrency '%s' is not an ISO 4217 code");
    }

    private String problemColumns() {
        List<String> sql = new ArrayList<>();
        for (String cost : List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost")) {
            String raw = raw(cost);
            sql.add(!isText(cost) ? "CAST(NULL AS VARCHAR) AS bad_" + cost : "CASE WHEN " + raw + " IS NOT NULL AND "
                    + number(raw) + " IS NULL THEN " + raw + " END AS bad_" + cost);
        }
        for (String date : List.of("ChargePeriodStart", "BillingPeriodStart")) {
            String raw = raw(date);
            sql.add("CASE WHEN " + timestamp(date) + " IS NULL THEN COALESCE(" + raw + ", '(empty)') END AS bad_"
                    + date);
        }
        String currency = raw("BillingCurrency");
        sql.add("CASE WHEN " + currency + " IS NULL OR NOT regexp_full_match(" + currency
                + ", '[A-Za-z]{3}') THEN COALESCE(" + currency + ", '(empty)') END AS bad_BillingCurrency");
        return String.join(", ", sql);
    }

    public String version() {
        return columns.version();
    }

    private void createView(Map<String, String> types) {
        execute("CREATE OR REPLACE TEMP VIEW lines AS SELECT " + normalizedColumns() + " FROM " + reader);
    }

    private String normalizedColumns() {
        String tagsType = columns.actual("Tags").map(types::get).orElse("VARCHAR");
        String tags = columns.actual("Tags").map(DuckDb::identifier)
                .map(t -> tagsType.startsWith("MAP") || tagsType.startsWith("STRUCT")
                        ? "CAST(to_json(" + t + ") AS VARCHAR)" : "CAST(" + t + " AS VARCHAR)")
                .orElse("NULL");
        String provider = "COALESCE(" + text("ProviderName") + ", " + text("ServiceProviderName") + ", 'Unknown')";
        return timestamp("ChargePeriodStart") + " AS charge_start, "
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
                + "NULLIF(NULLIF(" + tags + ", ''), '{}') AS tags";
    }

    /**
     * Refuses values the view would otherwise turn into nulls: every cost a number, every date a date, every
     * currency a code. Reads the whole file, so it runs in the import's background work, not in the upload request.
     *
     * @throws FocusFormatException naming the first bad value of each kind
     */
    public void checkValues() {
        if (loaded == null) {
            throw new IllegalStateException("load() the file before checking its values");
        }
        String columns = PROBLEMS.keySet().stream().map(c -> "any_value(" + c + ") FILTER (WHERE " + c
                + " IS NOT NULL)").collect(java.util.stream.Collectors.joining(", "));
        List<String> problems = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT " + columns
                + " FROM read_parquet('" + DuckDb.quote(loaded.toAbsolutePath().toString()) + "')")) {
            r.next();
            int i = 1;
            for (String message : PROBLEMS.values()) {
                String bad = r.getString(i++);
                if (bad != null) {
                    problems.add(message.formatted(bad));
                }
            }
        } catch (SQLException e) {
            throw new FocusFormatException("The file cannot be read: " + firstLine(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new FocusFormatException("The file has values the portal cannot read: "
                    + String.join("; ", problems));
        }
    }

    private String raw(String column) {
        return "CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow()) + " AS VARCHAR)";
    }

    private String text(String column) {
        return columns.actual(column).map(c -> "NULLIF(trim(CAST(" + DuckDb.identifier(c) + " AS VARCHAR)), '')")
                .orElse("CAST(NULL AS VARCHAR)");
    }

    /**
     * The instant in UTC as a plain timestamp: parsed with its offset (TIMESTAMPTZ), then made zone-less, because
     * date functions on zone-less timestamps are several times faster than through ICU.
     */
    private String timestamp(String column) {
        if (!isText(column)) {
            return "TRY_CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow()) + " AS TIMESTAMP)";
        }
        return "CAST(TRY_CAST(" + raw(column) + " AS TIMESTAMPTZ) AS TIMESTAMP)";
    }

    private String cost(String column) {
        if (!isText(column)) {
            // Parquet's own numbers: no text to parse
            return "COALESCE(CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow())
                    + " AS DECIMAL(28, 10)), 0)";
        }
        return "COALESCE(" + number(raw(column)) + ", 0)";
    }

    /** Whether the file holds the column as text (CSV always; Parquet may type it). */
    private boolean isText(String column) {
        String type = columns.actual(column).map(types::get).orElse("VARCHAR");
        return type.startsWith("VARCHAR");
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
