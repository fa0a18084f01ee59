package dev.skyway.portal.cost.internal.aws;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.engine.TagRollupRow;

/** Reads the rows of {@link AthenaRollupQuery#tagSql} into tag rollup rows. */
final class AthenaTagRollupRows {

    private final AthenaQueryResult result;
    private final AthenaResultColumns columns;
    private final String billingPeriod;

    /**
     * @param billingPeriod the period queried, for line items without a {@code BillingPeriodStart}
     * @throws AthenaQueryException when the header lacks a column the tag rollup needs
     */
    AthenaTagRollupRows(AthenaQueryResult result, String billingPeriod) {
        this.result = result;
        this.columns = new AthenaResultColumns(result, AthenaRollupQuery.TAG_COLUMNS);
        this.billingPeriod = billingPeriod;
    }

    /** @throws AthenaQueryException when a row cannot be read */
    List<TagRollupRow> rows() {
        return result.rows().stream().map(this::row).toList();
    }

    private TagRollupRow row(List<@Nullable String> values) {
        AthenaResultColumns c = columns;
        try {
            return new TagRollupRow(LocalDate.parse(c.required(values, "charge_day")),
                    c.orElse(values, "billing_month", billingPeriod), c.orElse(values, "provider_name", ""),
                    c.orElse(values, "billing_account_id", ""), c.orElse(values, "sub_account_id", ""),
                    c.value(values, "team_tag"), c.required(values, "tag_key"), c.orElse(values, "tag_value", ""),
                    c.required(values, "billing_currency"), c.amount(values, "billed_cost"),
                    c.amount(values, "effective_cost"), c.amount(values, "list_cost"),
                    c.amount(values, "contracted_cost"));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw c.unreadable(values, e);
        }
    }
}
