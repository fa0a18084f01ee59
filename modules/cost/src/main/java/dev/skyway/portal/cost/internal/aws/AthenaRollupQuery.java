package dev.skyway.portal.cost.internal.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * The rollups as SQL over the Data Exports FOCUS table in Athena, for one billing period: the daily rollup (one row
 * per day and dimension, with the sums of every cost metric and the number of line items) and the tag rollup (one
 * row per day, account and tag). The Data Exports Athena table is partitioned by {@code billing_period}
 * ({@code 'YYYY-MM'}), so a period reads only its own files.
 *
 * <p>Nothing from the settings reaches the SQL unchecked: database and table must be plain identifiers (and are
 * quoted), the billing period must be YYYY-MM, tag keys must be tag keys ({@link AthenaTagKeys}).
 */
final class AthenaRollupQuery {

    /** The daily rollup's columns (Athena's first result row names them); the first 17 are grouped by. */
    static final List<String> DAILY_COLUMNS = List.of("charge_day", "billing_month", "provider_name",
            "billing_account_id", "sub_account_id", "sub_account_name", "service_name", "service_category",
            "region_id", "charge_category", "charge_class", "pricing_category", "commitment_discount_type",
            "billing_currency", "team_tag", "cost_center_tag", "request_tag", "billed_cost", "effective_cost",
            "list_cost", "contracted_cost", "line_items");

    /** The tag rollup's columns; the first 9 are grouped by. */
    static final List<String> TAG_COLUMNS = List.of("charge_day", "billing_month", "provider_name",
            "billing_account_id", "sub_account_id", "team_tag", "tag_key", "tag_value", "billing_currency",
            "billed_cost", "effective_cost", "list_cost", "contracted_cost");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,254}");
    private static final Pattern BILLING_PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    // decimals, not doubles: the sums must match the files to the cent
    private static final List<String> COST_SUMS = List.of(
            "SUM(CAST(BilledCost AS decimal(38, 10))) AS billed_cost",
            "SUM(CAST(EffectiveCost AS decimal(38, 10))) AS effective_cost",
            "SUM(CAST(ListCost AS decimal(38, 10))) AS list_cost",
            "SUM(CAST(ContractedCost AS decimal(38, 10))) AS contracted_cost");

    private final String database;
    private final String table;
    private final AthenaTagKeys tagKeys;

    /** @throws IllegalArgumentException when the database or table is missing or not a plain identifier */
    AthenaRollupQuery(@Nullable String database, @Nullable String table, AthenaTagKeys tagKeys) {
        this.database = identifier(database, "portal.cost.athena.database");
        this.table = identifier(table, "portal.cost.athena.table");
        this.tagKeys = tagKeys;
    }

    String database() {
        return database;
    }

    /** @throws IllegalArgumentException when the billing period is not YYYY-MM */
    String dailySql(String billingPeriod) {
        List<String> select = new ArrayList<>(List.of(
                "date(ChargePeriodStart) AS charge_day",
                "date_format(BillingPeriodStart, '%Y-%m') AS billing_month",
                "ProviderName AS provider_name",
                "BillingAccountId AS billing_account_id",
                "SubAccountId AS sub_account_id",
                "SubAccountName AS sub_account_name",
                "ServiceName AS service_name",
                "ServiceCategory AS service_category",
                "RegionId AS region_id",
                "ChargeCategory AS charge_category",
                "ChargeClass AS charge_class",
                "PricingCategory AS pricing_category",
                "CommitmentDiscountType AS commitment_discount_type",
                "BillingCurrency AS billing_currency",
                firstTag(tagKeys.team()) + " AS team_tag",
                firstTag(tagKeys.costCenter()) + " AS cost_center_tag",
                (tagKeys.request() == null ? "CAST(NULL AS varchar)" : firstTag(List.of(tagKeys.request())))
                        + " AS request_tag"));
        select.addAll(COST_SUMS);
        select.add("COUNT(*) AS line_items");
        return query(select, "", billingPeriod, 17);
    }

    /**
     * One row per day, account, team and tag: every tag of every line item, its key without AWS's {@code user:}
     * prefix. Line items without tags have no rows here.
     *
     * @throws IllegalArgumentException when the billing period is not YYYY-MM
     */
    String tagSql(String billingPeriod) {
        List<String> select = new ArrayList<>(List.of(
                "date(ChargePeriodStart) AS charge_day",
                "date_format(BillingPeriodStart, '%Y-%m') AS billing_month",
                "ProviderName AS provider_name",
                "BillingAccountId AS billing_account_id",
                "SubAccountId AS sub_account_id",
                firstTag(tagKeys.team()) + " AS team_tag",
                "CASE WHEN tag.tag_name LIKE 'user:%' THEN substr(tag.tag_name, 6) ELSE tag.tag_name END AS tag_key",
                "tag.tag_text AS tag_value",
                "BillingCurrency AS billing_currency"));
        select.addAll(COST_SUMS);
        return query(select, "\nCROSS JOIN UNNEST(Tags) AS tag (tag_name, tag_text)", billingPeriod, 9);
    }

    private String query(List<String> select, String join, String billingPeriod, int groupedColumns) {
        if (!BILLING_PERIOD.matcher(billingPeriod).matches()) {
            throw new IllegalArgumentException("The billing period '" + billingPeriod + "' is not YYYY-MM");
        }
        String groupBy = IntStream.rangeClosed(1, groupedColumns).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        return "SELECT " + String.join(",\n       ", select) + "\n"
                + "FROM \"" + database + "\".\"" + table + "\"" + join + "\n"
                + "WHERE billing_period = '" + billingPeriod + "'\n"
                + "GROUP BY " + groupBy;
    }

    /**
     * The first of the keys with a value, each also with AWS's {@code user:} prefix. {@code element_at}, not
     * {@code tags['key']}: the subscript fails on a line item without the key, element_at gives NULL.
     */
    private static String firstTag(List<String> keys) {
        List<String> lookups = new ArrayList<>();
        for (String key : keys) {
            lookups.add("element_at(Tags, '" + key + "')");
            if (!key.startsWith("user:")) {
                lookups.add("element_at(Tags, 'user:" + key + "')");
            }
        }
        return lookups.size() == 1 ? lookups.getFirst() : "COALESCE(" + String.join(", ", lookups) + ")";
    }

    private static String identifier(@Nullable String name, String setting) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(setting + " is not set: Athena rollups need the Data Exports "
                    + "database and table");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(setting + " '" + name + "' is not a plain Athena name (letters, "
                    + "digits, _ and -, at most 255)");
        }
        return name;
    }
}
