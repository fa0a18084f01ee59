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

    /** How DuckDB reports a value that a conversion below refused with {@code error()}. */
    private static final String REFUSED = "Invalid Input Error: ";
    private static final List<String> COSTS = List.of("BilledCost", "EffectiveCost", "ListCost", "ContractedCost");

    private final Connection duck;
    private final FocusColumns columns;
    private final String reader;
    private final Map<String, String> types;

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
        focus.execute("CREATE OR REPLACE TEMP VIEW lines AS " + focus.normalized());
        return focus;
    }

    /**
     * Reads the file once, in one pass, into one Parquet file of normalized line items, which the view
     * {@code lines} then reads. Values the view would otherwise turn into nulls are refused on the way: every cost
     * a number, every date a date-time, every currency a code. Each value checks itself as it is converted, so the
     * checks cost no pass of their own.
     *
     * @throws FocusFormatException naming the first bad value of each kind, or why the file cannot be read
     */
    public void load(Path normalized) {
        String target = DuckDb.quote(normalized.toAbsolutePath().toString());
        try (Statement s = duck.createStatement()) {
            s.execute("COPY (" + normalized() + ") TO '" + target + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
        } catch (SQLException e) {
            deleteQuietly(normalized);
            String error = firstLine(e.getMessage());
            List<String> problems = error.startsWith(REFUSED) ? problems() : List.of();
            throw new FocusFormatException(problems.isEmpty() ? "The file cannot be read: " + error
                    : "The file has values the portal cannot read: " + String.join("; ", problems));
        }
        execute("CREATE OR REPLACE TEMP VIEW lines AS SELECT * FROM read_parquet('" + target + "')");
    }

    /**
     * The first bad value of each checked column, found by running each column's conversion alone over the file.
     * Only a file that failed to load is read again for this.
     */
    private List<String> problems() {
        List<String> conversions = new ArrayList<>(COSTS.stream().filter(this::isText).map(this::cost).toList());
        conversions.add(timestamp("ChargePeriodStart"));
        conversions.add(timestamp("BillingPeriodStart"));
        conversions.add(currency());
        List<String> problems = new ArrayList<>();
        for (String conversion : conversions) {
            try (Statement s = duck.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(" + conversion + ") FROM " + reader)) {
                r.next();
            } catch (SQLException e) {
                String message = firstLine(e.getMessage());
                if (message.startsWith(REFUSED)) {
                    problems.add(message.substring(REFUSED.length()));
                }
            }
        }
        return problems;
    }

    public String version() {
        return columns.version();
    }

    /** The normalized line items; day and billing period come from instants converted and checked once. */
    private String normalized() {
        String tagsType = columns.actual("Tags").map(types::get).orElse("VARCHAR");
        String tags = columns.actual("Tags").map(DuckDb::identifier)
                .map(t -> tagsType.startsWith("MAP") || tagsType.startsWith("STRUCT")
                        ? "CAST(to_json(" + t + ") AS VARCHAR)" : "CAST(" + t + " AS VARCHAR)")
                .orElse("NULL");
        String provider = "COALESCE(" + text("ProviderName") + ", " + text("ServiceProviderName") + ", 'Unknown')";
        return "SELECT * EXCLUDE (billing_start), CAST(charge_start AS DATE) AS day, strftime(billing_start, '%Y-%m')"
                + " AS period FROM (SELECT "
                + timestamp("ChargePeriodStart") + " AS charge_start, "
                + timestamp("BillingPeriodStart") + " AS billing_start, "
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
                + currency() + " AS currency, "
                + cost("BilledCost") + " AS billed_cost, "
                + cost("EffectiveCost") + " AS effective_cost, "
                + cost("ListCost") + " AS list_cost, "
                + cost("ContractedCost") + " AS contracted_cost, "
                + "NULLIF(NULLIF(" + tags + ", ''), '{}') AS tags FROM " + reader + ")";
    }

    private String raw(String column) {
        return "CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow()) + " AS VARCHAR)";
    }

    /**
     * A text value without surrounding blanks, null when empty. Only values that start or end with a blank are
     * trimmed: {@code trim} copies every value it is given, which on a large file took longer than the parsing.
     */
    private String text(String column) {
        return columns.actual(column).map(c -> {
            String v = "CAST(" + DuckDb.identifier(c) + " AS VARCHAR)";
            return "CASE WHEN prefix(" + v + ", ' ') OR suffix(" + v + ", ' ') THEN NULLIF(trim(" + v + "), '') ELSE "
                    + "NULLIF(" + v + ", '') END";
        }).orElse("CAST(NULL AS VARCHAR)");
    }

    /**
     * The instant in UTC as a plain timestamp, or an error naming the value. Text is parsed with its offset
     * (TIMESTAMPTZ) and made zone-less through its epoch microseconds: a cast through ICU's calendar would take
     * several times longer, and date functions on zone-less timestamps are faster too.
     */
    private String timestamp(String column) {
        String parsed = isText(column) ? "make_timestamp(epoch_us(TRY_CAST(" + raw(column) + " AS TIMESTAMPTZ)))"
                : "TRY_CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow()) + " AS TIMESTAMP)";
        return "COALESCE(" + parsed + ", " + refuse(column, "COALESCE(" + raw(column) + ", '(empty)')",
                "a date-time") + ")";
    }

    /** A cost as an exact decimal, zero when absent, or an error naming a value that is not a number. */
    private String cost(String column) {
        if (!isText(column)) {
            // Parquet's own numbers: no text to parse
            return "COALESCE(CAST(" + DuckDb.identifier(columns.actual(column).orElseThrow())
                    + " AS DECIMAL(28, 10)), 0)";
        }
        String raw = raw(column);
        return "CAST(COALESCE(" + number(raw) + ", CASE WHEN " + raw + " IS NULL THEN 0 ELSE "
                + refuse(column, raw, "a number") + " END) AS DECIMAL(28, 10))";
    }

    /** The billing currency in upper case, or an error naming a value that is not a three-letter code. */
    private String currency() {
        String raw = raw("BillingCurrency");
        return "CASE WHEN regexp_full_match(" + raw + ", '[A-Za-z]{3}') THEN upper(" + raw + ") ELSE "
                + refuse("BillingCurrency", "COALESCE(" + raw + ", '(empty)')", "an ISO 4217 code") + " END";
    }

    /** Fails the statement with a message naming the column and the value; evaluated for bad values only. */
    private static String refuse(String column, String shownValue, String expected) {
        return "error('" + column + " ''' || " + shownValue + " || ''' is not " + expected + "')";
    }

    /** Whether the file holds the column as text (CSV always; Parquet may type it). */
    private boolean isText(String column) {
        String type = columns.actual(column).map(types::get).orElse("VARCHAR");
        return type.startsWith("VARCHAR");
    }

    /**
     * Decimal text exactly; scientific notation ({@code 1.2E-5}, as some tools write) through a double. Parsing
     * text into a 128-bit decimal takes some 40 times longer than into a 64-bit one, so every value that fits 18
     * digits (below 10^8 with 10 decimals: nearly every line item) takes the short way.
     */
    private static String number(String raw) {
        return "COALESCE(TRY_CAST(" + raw + " AS DECIMAL(18, 10)), TRY_CAST(" + raw + " AS DECIMAL(28, 10)), "
                + "CAST(TRY_CAST(" + raw + " AS DOUBLE) AS DECIMAL(28, 10)))";
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // a partial file in the import's scratch space: the import removes it when it ends
        }
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
