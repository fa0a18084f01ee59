package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.engine.PeriodScope;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import dev.skyway.portal.cost.internal.engine.RollupRow;

/**
 * Reads the rows of {@link AthenaRollupQuery} (strings, absent for NULL) into a {@link RollupBatch}. Columns are
 * found by the names in Athena's header row, not by position. A dimension the store keeps as not null (region, for
 * global services and tax) becomes empty when the line items had none; an absent sum (every value NULL) is zero.
 */
final class AthenaRollupRows {

    private final Map<String, Integer> index = new HashMap<>();
    private final String queryExecutionId;
    private final String billingPeriod;

    /**
     * @param billingPeriod the period queried, for line items without a {@code BillingPeriodStart}
     * @throws AthenaQueryException when the header lacks a column the rollup needs
     */
    AthenaRollupRows(AthenaQueryResult result, String billingPeriod) {
        this.queryExecutionId = result.queryExecutionId();
        this.billingPeriod = billingPeriod;
        for (int i = 0; i < result.header().size(); i++) {
            index.put(result.header().get(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = AthenaRollupQuery.COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new AthenaQueryException("The Athena rollup query " + queryExecutionId + " answered without the "
                    + "columns " + missing + " (header: " + result.header() + ")", queryExecutionId, false);
        }
    }

    RollupBatch batch(AthenaQueryResult result) {
        List<RollupRow> rows = result.rows().stream().map(this::row).toList();
        Map<PeriodScope, Long> periods = new LinkedHashMap<>();
        for (RollupRow row : rows) {
            periods.merge(new PeriodScope(row.providerName(), row.billingAccountId(), row.period()), row.lineItems(),
                    Long::sum);
        }
        return new RollupBatch(periods, rows, List.of(), result.completedAt(), false);
    }

    private RollupRow row(List<@Nullable String> values) {
        try {
            return new RollupRow(LocalDate.parse(required(values, "charge_day")), orElse(values, "billing_month", billingPeriod),
                    orEmpty(values, "provider_name"), orEmpty(values, "billing_account_id"),
                    orEmpty(values, "sub_account_id"), value(values, "sub_account_name"),
                    orEmpty(values, "service_name"), value(values, "service_category"), orEmpty(values, "region_id"),
                    orEmpty(values, "charge_category"), value(values, "charge_class"),
                    value(values, "pricing_category"), value(values, "commitment_discount_type"),
                    value(values, "team_tag"), value(values, "cost_center_tag"), value(values, "request_tag"),
                    null, null, required(values, "billing_currency"),
                    amount(values, "billed_cost"), amount(values, "effective_cost"), amount(values, "list_cost"),
                    amount(values, "contracted_cost"), Long.parseLong(required(values, "line_items")), false);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new AthenaQueryException("The Athena rollup query " + queryExecutionId + " answered a row the "
                    + "portal cannot read (" + e.getMessage() + "): " + values, queryExecutionId, false);
        }
    }

    private @Nullable String value(List<@Nullable String> values, String column) {
        int i = index.get(column);
        String value = i < values.size() ? values.get(i) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    private String orEmpty(List<@Nullable String> values, String column) {
        return orElse(values, column, "");
    }

    private String orElse(List<@Nullable String> values, String column, String fallback) {
        String value = value(values, column);
        return value == null ? fallback : value;
    }

    private String required(List<@Nullable String> values, String column) {
        String value = value(values, column);
        if (value == null) {
            throw new AthenaQueryException("The Athena rollup query " + queryExecutionId + " answered a row without "
                    + column + ": " + values, queryExecutionId, false);
        }
        return value;
    }

    private BigDecimal amount(List<@Nullable String> values, String column) {
        String value = value(values, column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
