package dev.skyway.portal.cost.internal.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.CostMetric;

/**
 * Sums the kept line items (the Parquet files {@link LineItemArchive} writes) by resource, SKU or usage type: what
 * the daily rollups do not hold. Values from a request are bound parameters; only quoted file paths and column
 * names from the fixed lists below go into the SQL text. Each session gets a temporary directory of its own, since
 * DuckDB instances sharing one remove each other's spill files.
 */
public final class LineItemDrillDown {

    /** The FOCUS names line items group by, with their columns in the stored files. */
    public static final Map<String, String> GROUPS = Map.of("ResourceId", "resource_id", "SkuId", "sku_id",
            "x_UsageType", "usage_type");
    /** The FOCUS names line items filter by (exact values), with their columns in the stored files. */
    public static final Map<String, String> FILTERS = Map.of("SubAccountId", "sub_account_id",
            "ServiceName", "service_name", "ServiceCategory", "service_category", "RegionId", "region_id",
            "ChargeCategory", "charge_category", "PricingCategory", "pricing_category", "ProviderName",
            "provider_name", "BillingAccountId", "billing_account_id");

    private final String memoryLimit;
    private final int threads;
    private final Path tempRoot;

    public LineItemDrillDown(String memoryLimit, int threads, Path tempRoot) {
        new DuckDb(memoryLimit, threads, tempRoot); // checks the settings now rather than at the first drill-down
        this.memoryLimit = memoryLimit;
        this.threads = threads;
        this.tempRoot = tempRoot;
    }

    /**
     * Which line items: charged in [start, end), in one billing currency, matching every filter.
     *
     * @param filters FOCUS name (a key of {@link #FILTERS}) → the values any of which matches; {@code ""} matches
     *                an empty or absent value, and an empty list matches nothing
     */
    public record Slice(LocalDate start, LocalDate end, String currency, Map<String, List<String>> filters) {

        public Slice {
            filters = Map.copyOf(filters);
            for (String name : filters.keySet()) {
                if (!FILTERS.containsKey(name)) {
                    throw new IllegalArgumentException("Line items cannot be filtered by " + name);
                }
            }
        }
    }

    /** @param key absent for line items without one; label what people read (a resource's name), absent if none */
    public record Group(@Nullable String key, @Nullable String label, BigDecimal amount) {
    }

    /**
     * The largest groups, largest first, and what the others add up to.
     *
     * @param others      how many groups are left out of {@code groups}
     * @param otherAmount their sum
     * @param total       the sum of everything in the slice
     */
    public record Result(List<Group> groups, long others, BigDecimal otherAmount, BigDecimal total) {
    }

    /**
     * The slice's sums by several groupings, split at a day.
     *
     * @param before grouping → key → the sum over the days before the split day; {@code ""} for no key
     * @param from   the same from the split day on
     */
    public record Split(Map<String, Map<String, BigDecimal>> before, Map<String, Map<String, BigDecimal>> from) {
    }

    /** An open DuckDB session for several drill-downs; closing it removes its temporary directory. */
    public final class Session implements AutoCloseable {

        private final Path directory;
        private final Connection duck;

        private Session() {
            directory = tempRoot.resolve("drill-down-" + UUID.randomUUID());
            duck = new DuckDb(memoryLimit, threads, directory).open();
        }

        /**
         * Sums {@code metric} over the slice of {@code files} by {@code groupBy} (a key of {@link #GROUPS}).
         *
         * @param top how many groups to return at most; the rest are counted and summed
         * @throws IllegalStateException when DuckDB cannot read the files
         */
        public Result groups(List<Path> files, Slice slice, String groupBy, CostMetric metric, int top) {
            String key = column(GROUPS, groupBy);
            if (files.isEmpty()) {
                return new Result(List.of(), 0, BigDecimal.ZERO, BigDecimal.ZERO);
            }
            String label = "resource_id".equals(key) ? "max(resource_name)" : "CAST(NULL AS VARCHAR)";
            int limit = Math.max(top, 0);
            List<String> parameters = new ArrayList<>();
            String sql = "WITH g AS (SELECT " + key + " AS k, " + label + " AS l, sum(" + metric(metric)
                    + ") AS amount FROM " + source(files) + " WHERE " + where(slice, parameters) + " GROUP BY "
                    + key + "), r AS (SELECT k, l, amount, row_number() OVER (ORDER BY amount DESC, k NULLS FIRST)"
                    + " AS n FROM g) SELECT n <= " + limit + " AS listed, CASE WHEN n <= " + limit
                    + " THEN k END, CASE WHEN n <= " + limit + " THEN l END, sum(amount), count(*) FROM r"
                    + " GROUP BY ALL";
            List<Group> groups = new ArrayList<>();
            long[] others = {0};
            BigDecimal[] otherAmount = {BigDecimal.ZERO};
            query(sql, parameters, r -> {
                BigDecimal amount = orZero(r.getBigDecimal(4));
                if (r.getBoolean(1)) {
                    groups.add(new Group(r.getString(2), r.getString(3), amount));
                } else {
                    others[0] = r.getLong(5);
                    otherAmount[0] = amount;
                }
            });
            groups.sort(Comparator.comparing(Group::amount).reversed()
                    .thenComparing(g -> g.key() == null ? "" : g.key()));
            BigDecimal total = groups.stream().map(Group::amount).reduce(otherAmount[0], BigDecimal::add);
            return new Result(List.copyOf(groups), others[0], otherAmount[0], total);
        }

        /**
         * Sums {@code metric} over the slice by each of {@code groupBy} (keys of {@link #GROUPS}), before
         * {@code splitDay} and from it on, in one read of the files (what explaining a cost anomaly compares).
         *
         * @throws IllegalStateException when DuckDB cannot read the files
         */
        public Split split(List<Path> files, Slice slice, LocalDate splitDay, List<String> groupBy,
                           CostMetric metric) {
            Map<String, Map<String, BigDecimal>> before = new LinkedHashMap<>();
            Map<String, Map<String, BigDecimal>> from = new LinkedHashMap<>();
            List<String> columns = groupBy.stream().map(g -> column(GROUPS, g)).toList();
            groupBy.forEach(g -> {
                before.put(g, new HashMap<>());
                from.put(g, new HashMap<>());
            });
            if (files.isEmpty() || groupBy.isEmpty()) {
                return new Split(before, from);
            }
            List<String> parameters = new ArrayList<>(List.of(splitDay.toString(), splitDay.toString()));
            String sets = columns.stream().map(c -> "(" + c + ")").collect(Collectors.joining(", "));
            String sql = "SELECT " + String.join(", ", columns) + ", "
                    + columns.stream().map(c -> "GROUPING(" + c + ")").collect(Collectors.joining(", "))
                    + ", sum(" + metric(metric) + ") FILTER (WHERE day < CAST(? AS DATE)), sum(" + metric(metric)
                    + ") FILTER (WHERE day >= CAST(? AS DATE)) FROM " + source(files) + " WHERE "
                    + where(slice, parameters) + " GROUP BY GROUPING SETS (" + sets + ")";
            int n = columns.size();
            query(sql, parameters, r -> {
                for (int i = 0; i < n; i++) {
                    if (r.getInt(n + i + 1) == 0) { // this row is the grouping by column i
                        String key = r.getString(i + 1) == null ? "" : r.getString(i + 1);
                        before.get(groupBy.get(i)).put(key, orZero(r.getBigDecimal(2 * n + 1)));
                        from.get(groupBy.get(i)).put(key, orZero(r.getBigDecimal(2 * n + 2)));
                    }
                }
            });
            return new Split(before, from);
        }

        private void query(String sql, List<String> parameters, Row row) {
            try (PreparedStatement statement = duck.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setString(i + 1, parameters.get(i));
                }
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        row.read(r);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The kept line items cannot be read: "
                        + FocusFile.firstLine(e.getMessage()), e);
            }
        }

        @Override
        public void close() {
            try {
                duck.close();
            } catch (SQLException e) {
                // closing an in-memory database frees it either way
            }
            deleteQuietly(directory);
        }
    }

    /** A new session; the caller closes it. */
    public Session open() {
        return new Session();
    }

    /** One drill-down in a session of its own. */
    public Result groups(List<Path> files, Slice slice, String groupBy, CostMetric metric, int top) {
        try (Session session = open()) {
            return session.groups(files, slice, groupBy, metric, top);
        }
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String source(List<Path> files) {
        return "read_parquet(" + files.stream().map(f -> "'" + DuckDb.quote(f.toAbsolutePath().toString()) + "'")
                .collect(Collectors.joining(", ", "[", "]")) + ", union_by_name = true)";
    }

    private static String where(Slice slice, List<String> parameters) {
        StringBuilder where = new StringBuilder("day >= CAST(? AS DATE) AND day < CAST(? AS DATE) AND currency = ?");
        parameters.addAll(List.of(slice.start().toString(), slice.end().toString(), slice.currency()));
        slice.filters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> {
            String column = column(FILTERS, f.getKey());
            List<String> anyOf = new ArrayList<>();
            if (f.getValue().contains("")) {
                anyOf.add(column + " IS NULL OR " + column + " = ''");
            }
            List<String> values = f.getValue().stream().filter(v -> !v.isEmpty()).distinct().toList();
            if (!values.isEmpty()) {
                anyOf.add(column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
                parameters.addAll(values);
            }
            where.append(" AND (").append(anyOf.isEmpty() ? "FALSE" : String.join(" OR ", anyOf)).append(')');
        });
        return where.toString();
    }

    private static String column(Map<String, String> columns, String name) {
        String column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("Line items have no dimension " + name + "; they have "
                    + columns.keySet().stream().sorted().toList());
        }
        return column;
    }

    private static String metric(CostMetric metric) {
        return switch (metric) {
            case BilledCost -> "billed_cost";
            case EffectiveCost -> "effective_cost";
            case ListCost -> "list_cost";
            case ContractedCost -> "contracted_cost";
        };
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a spill directory left behind costs disk only
        }
    }
}
