package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.engine.RollupRow;
import dev.skyway.portal.cost.internal.engine.TagRollupRow;
import software.amazon.awssdk.services.costexplorer.model.DimensionValuesWithAttributes;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/**
 * Cost Explorer's daily groups as the engine's rollup rows. Cost Explorer has no FOCUS columns; the metrics map as:
 * {@code BilledCost} = {@code UnblendedCost}, {@code EffectiveCost} = {@code AmortizedCost} (Savings Plan and
 * reservation fees spread over the usage they cover), {@code ListCost} = {@code ContractedCost} =
 * {@code UnblendedCost} (Cost Explorer knows no public or negotiated price). {@code NetAmortizedCost} is requested
 * too but has no rollup column yet. Dimensions Cost Explorer cannot group by at the same time stay empty: region
 * ({@code ""}), team tag (see the tag rows), charge class, pricing and commitment columns. Charge category is
 * {@code Tax} for the {@code Tax} service, {@code Usage} otherwise. Each group counts as one line item. Groups whose
 * three metrics are all zero are left out.
 */
final class CeCostRows {

    static final String UNBLENDED = "UnblendedCost";
    static final String AMORTIZED = "AmortizedCost";
    static final String NET_AMORTIZED = "NetAmortizedCost";
    static final List<String> METRICS = List.of(UNBLENDED, AMORTIZED, NET_AMORTIZED);

    static final String PROVIDER = "AWS";
    /** Cost Explorer separates a tag key from its value with {@code $}; a bare {@code team$} is untagged spend. */
    private static final char TAG_SEPARATOR = '$';

    private final String billingAccountId;

    CeCostRows(String billingAccountId) {
        this.billingAccountId = billingAccountId;
    }

    /** Rows from the pages of a query grouped by {@code LINKED_ACCOUNT} × {@code SERVICE}. */
    List<RollupRow> byAccountAndService(List<GetCostAndUsageResponse> pages) {
        Map<String, String> names = accountNames(pages);
        List<RollupRow> rows = new ArrayList<>();
        for (GetCostAndUsageResponse page : pages) {
            for (ResultByTime result : page.resultsByTime()) {
                LocalDate day = LocalDate.parse(result.timePeriod().start());
                boolean estimated = Boolean.TRUE.equals(result.estimated());
                for (Group group : result.groups()) {
                    Amounts amounts = Amounts.of(group);
                    if (amounts.zero()) {
                        continue;
                    }
                    String account = group.keys().get(0);
                    String service = group.keys().get(1);
                    rows.add(new RollupRow(day, period(day), PROVIDER, billingAccountId, account, names.get(account),
                            service, null, "", "Tax".equals(service) ? "Tax" : "Usage", null, null, null,
                            null, null, null, null, null, amounts.currency(), amounts.unblended(),
                            amounts.amortized(), amounts.unblended(), amounts.unblended(), 1, estimated));
                }
            }
        }
        return rows;
    }

    /** Rows from the pages of a query grouped by {@code LINKED_ACCOUNT} × {@code TAG tagKey}; untagged has value "". */
    List<TagRollupRow> byAccountAndTag(List<GetCostAndUsageResponse> pages, String tagKey) {
        List<TagRollupRow> rows = new ArrayList<>();
        for (GetCostAndUsageResponse page : pages) {
            for (ResultByTime result : page.resultsByTime()) {
                LocalDate day = LocalDate.parse(result.timePeriod().start());
                for (Group group : result.groups()) {
                    Amounts amounts = Amounts.of(group);
                    if (amounts.zero()) {
                        continue;
                    }
                    String value = tagValue(group.keys().get(1));
                    rows.add(new TagRollupRow(day, period(day), PROVIDER, billingAccountId, group.keys().get(0),
                            value.isEmpty() ? null : value, tagKey, value, amounts.currency(), amounts.unblended(),
                            amounts.amortized(), amounts.unblended(), amounts.unblended()));
                }
            }
        }
        return rows;
    }

    /** Every day the pages cover, answered or not, so that a month with no cost at all is still replaced. */
    static List<LocalDate> days(List<GetCostAndUsageResponse> pages) {
        return pages.stream().flatMap(page -> page.resultsByTime().stream())
                .map(result -> LocalDate.parse(result.timePeriod().start())).distinct().toList();
    }

    static boolean anyEstimated(List<GetCostAndUsageResponse> pages) {
        return pages.stream().flatMap(page -> page.resultsByTime().stream())
                .anyMatch(result -> Boolean.TRUE.equals(result.estimated()));
    }

    static String period(LocalDate day) {
        return day.toString().substring(0, 7);
    }

    /** Account names from {@code DimensionValueAttributes} ({@code description}), gathered over all pages. */
    private static Map<String, String> accountNames(List<GetCostAndUsageResponse> pages) {
        Map<String, String> names = new HashMap<>();
        for (GetCostAndUsageResponse page : pages) {
            for (DimensionValuesWithAttributes value : page.dimensionValueAttributes()) {
                String name = value.attributes().get("description");
                if (value.value() != null && name != null && !name.isBlank()) {
                    names.put(value.value(), name);
                }
            }
        }
        return names;
    }

    private static String tagValue(String key) {
        int separator = key.indexOf(TAG_SEPARATOR);
        return separator < 0 ? key : key.substring(separator + 1);
    }

    private record Amounts(String currency, BigDecimal unblended, BigDecimal amortized, BigDecimal netAmortized) {

        static Amounts of(Group group) {
            MetricValue unblended = group.metrics().get(UNBLENDED);
            @Nullable String unit = unblended == null ? null : unblended.unit();
            return new Amounts(unit == null || unit.isBlank() ? "USD" : unit, amount(unblended),
                    amount(group.metrics().get(AMORTIZED)), amount(group.metrics().get(NET_AMORTIZED)));
        }

        boolean zero() {
            return unblended.signum() == 0 && amortized.signum() == 0 && netAmortized.signum() == 0;
        }

        private static BigDecimal amount(@Nullable MetricValue value) {
            return value == null || value.amount() == null ? BigDecimal.ZERO : new BigDecimal(value.amount());
        }
    }
}
