package dev.skyway.portal.cost.internal.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Aggregates stored line items (Parquet) into daily rollups with DuckDB: one row per day and dimension set, and one
 * per day, account and tag key/value. The team, cost-center and request tags are read here, and the finance rules on
 * other tags applied, because only here are all of a line item's tags at hand. Tag keys with more than
 * {@value #MAX_TAG_VALUES} distinct values (a per-resource {@code Name}, say) are left to drill-down.
 */
public final class RollupAggregator {

    static final int MAX_TAG_VALUES = 1_000;

    private final TagKeys keys;
    private final List<TagRule> rules;

    public RollupAggregator(TagKeys keys, List<TagRule> rules) {
        this.keys = keys;
        this.rules = List.copyOf(rules);
    }

    public void aggregate(Connection duck, List<Path> files, Consumer<RollupRow> rows, Consumer<TagRollupRow> tagRows) {
        if (files.isEmpty()) {
            return;
        }
        try (Statement s = duck.createStatement()) {
            // line items alike in every dimension and in their tags are summed first, in one pass over the files:
            // the tags JSON is then parsed once per such group rather than once per line item, and both rollups
            // below read this far smaller table
            s.execute("CREATE OR REPLACE TEMP TABLE alike AS SELECT " + DIMENSIONS + ", tags,"
                    + " max(sub_account_name) AS sub_account_name, max(service_category) AS service_category,"
                    + " sum(billed_cost) AS billed_cost, sum(effective_cost) AS effective_cost,"
                    + " sum(list_cost) AS list_cost, sum(contracted_cost) AS contracted_cost, count(*) AS line_items"
                    + " FROM read_parquet([" + files.stream().map(f -> "'" + DuckDb.quote(f.toAbsolutePath()
                    .toString()) + "'").collect(Collectors.joining(", ")) + "]) GROUP BY " + DIMENSIONS + ", tags");
            s.execute("CREATE OR REPLACE TEMP VIEW mapped AS SELECT *, TRY_CAST(CAST(tags AS JSON) AS MAP(VARCHAR,"
                    + " VARCHAR)) AS tag_map FROM alike");
            s.execute("CREATE OR REPLACE TEMP VIEW tagged AS SELECT *, "
                    + TagKeys.firstValue(keys.team()) + " AS team_tag, "
                    + TagKeys.firstValue(keys.costCenter()) + " AS cost_center_tag, "
                    + TagKeys.firstValue(List.of(keys.request())) + " AS request_tag, "
                    + ruleCase(true) + " AS rule_team, " + ruleCase(false) + " AS rule_cost_center FROM mapped");
            try (ResultSet r = s.executeQuery(ROLLUP)) {
                while (r.next()) {
                    rows.accept(rollupRow(r));
                }
            }
            try (ResultSet r = s.executeQuery(TAG_ROLLUP)) {
                while (r.next()) {
                    tagRows.accept(new TagRollupRow(LocalDate.parse(r.getString(1)), r.getString(2),
                            r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                            r.getString(8), r.getString(9), r.getBigDecimal(10), r.getBigDecimal(11),
                            r.getBigDecimal(12), r.getBigDecimal(13)));
                }
            }
            s.execute("DROP TABLE alike");
        } catch (SQLException e) {
            throw new IllegalStateException("The rollup failed in DuckDB: " + FocusFile.firstLine(e.getMessage()), e);
        }
    }

    private static final String DIMENSIONS = "day, period, provider_name, billing_account_id, sub_account_id,"
            + " service_name, region_id, charge_category, charge_class, pricing_category, commitment_discount_type,"
            + " currency";

    private static final String SUMS = "sum(billed_cost), sum(effective_cost), sum(list_cost), sum(contracted_cost)";

    private static final String ROLLUP = "SELECT CAST(day AS VARCHAR), period, provider_name, billing_account_id,"
            + " sub_account_id, max(sub_account_name), service_name, max(service_category), region_id,"
            + " charge_category, charge_class, pricing_category, commitment_discount_type, team_tag, cost_center_tag,"
            + " request_tag, rule_team, rule_cost_center, currency, " + SUMS + ", CAST(sum(line_items) AS BIGINT)"
            + " FROM tagged GROUP BY " + DIMENSIONS + ", team_tag, cost_center_tag, request_tag, rule_team,"
            + " rule_cost_center";

    private static final String TAG_ROLLUP = "WITH entries AS (SELECT day, period, provider_name,"
            + " billing_account_id, sub_account_id, team_tag, currency, billed_cost, effective_cost, list_cost,"
            + " contracted_cost, unnest(map_entries(tag_map)) AS e FROM tagged WHERE tag_map IS NOT NULL),"
            + " flat AS (SELECT * EXCLUDE (e), left(e.key, 128) AS tag_key, left(COALESCE(e.value, ''), 255)"
            + " AS tag_value FROM entries),"
            + " narrow AS (SELECT tag_key FROM flat GROUP BY tag_key HAVING count(DISTINCT tag_value) <= "
            + MAX_TAG_VALUES + ")"
            + " SELECT CAST(day AS VARCHAR), period, provider_name, billing_account_id, sub_account_id, team_tag,"
            + " tag_key, tag_value, currency, " + SUMS + " FROM flat WHERE tag_key IN (SELECT tag_key FROM narrow)"
            + " GROUP BY day, period, provider_name, billing_account_id, sub_account_id, team_tag, tag_key,"
            + " tag_value, currency";

    private String ruleCase(boolean team) {
        StringBuilder sql = new StringBuilder("CASE");
        int used = 0;
        for (TagRule rule : rules) {
            String target = team ? rule.team() : rule.costCenter();
            if (target == null) {
                continue;
            }
            sql.append(" WHEN ").append(TagKeys.firstValue(List.of(rule.key()))).append(" = '")
                    .append(DuckDb.quote(rule.value())).append("' THEN '").append(DuckDb.quote(target)).append("'");
            used++;
        }
        return used == 0 ? "CAST(NULL AS VARCHAR)" : sql.append(" END").toString();
    }

    private static RollupRow rollupRow(ResultSet r) throws SQLException {
        return new RollupRow(LocalDate.parse(r.getString(1)), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                r.getString(16), r.getString(17), r.getString(18), r.getString(19), r.getBigDecimal(20),
                r.getBigDecimal(21), r.getBigDecimal(22), r.getBigDecimal(23), r.getLong(24), false);
    }
}
