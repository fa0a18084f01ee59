package dev.skyway.portal.cost.internal.aws;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.engine.PeriodScope;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import dev.skyway.portal.cost.internal.engine.RollupRow;
import dev.skyway.portal.cost.internal.engine.TagRollupRow;

/**
 * Reads the rows of {@link AthenaRollupQuery#dailySql} into a {@link RollupBatch}. A dimension the store keeps as not
 * null (the region, for global services and tax) becomes empty when the line items had none.
 */
final class AthenaRollupRows {

    private final AthenaQueryResult result;
    private final AthenaResultColumns columns;
    private final String billingPeriod;

    /**
     * @param billingPeriod the period queried, for line items without a {@code BillingPeriodStart}
     * @throws AthenaQueryException when the header lacks a column the rollup needs
     */
    AthenaRollupRows(AthenaQueryResult result, String billingPeriod) {
        this.result = result;
        this.columns = new AthenaResultColumns(result, AthenaRollupQuery.DAILY_COLUMNS);
        this.billingPeriod = billingPeriod;
    }

    /**
     * @param tagRows the tag rollup of the same period, if it was asked for
     * @throws AthenaQueryException when a row cannot be read
     */
    RollupBatch batch(List<TagRollupRow> tagRows) {
        List<RollupRow> rows = result.rows().stream().map(this::row).toList();
        Map<PeriodScope, Long> periods = new LinkedHashMap<>();
        for (RollupRow row : rows) {
            periods.merge(new PeriodScope(row.providerName(), row.billingAccountId(), row.period()), row.lineItems(),
                    Long::sum);
        }
        return new RollupBatch(periods, rows, tagRows, result.completedAt(), false);
    }

    private RollupRow row(List<@Nullable String> values) {
        AthenaResultColumns c = columns;
        try {
            return new RollupRow(LocalDate.parse(c.required(values, "charge_day")),
                    c.orElse(values, "billing_month", billingPeriod), c.orElse(values, "provider_name", ""),
                    c.orElse(values, "billing_account_id", ""), c.orElse(values, "sub_account_id", ""),
                    c.value(values, "sub_account_name"), c.orElse(values, "service_name", ""),
                    c.value(values, "service_category"), c.orElse(values, "region_id", ""),
                    c.orElse(values, "charge_category", ""), c.value(values, "charge_class"),
                    c.value(values, "pricing_category"), c.value(values, "commitment_discount_type"),
                    c.value(values, "team_tag"), c.value(values, "cost_center_tag"), c.value(values, "request_tag"),
                    null, null, c.required(values, "billing_currency"),
                    c.amount(values, "billed_cost"), c.amount(values, "effective_cost"),
                    c.amount(values, "list_cost"), c.amount(values, "contracted_cost"),
                    Long.parseLong(c.required(values, "line_items")), false);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw c.unreadable(values, e);
        }
    }
}
