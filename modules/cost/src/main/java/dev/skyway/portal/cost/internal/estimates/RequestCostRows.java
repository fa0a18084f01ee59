package dev.skyway.portal.cost.internal.estimates;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.cost.internal.RollupColumns;

/** The rollup rows of provisioned products, found by their request tag, read in a fixed number of queries. */
@Repository
class RequestCostRows {

    /** Request tags per query: a page of "My resources" is at most 500. */
    private static final int CHUNK = 500;

    private final DSLContext db;

    RequestCostRows(DSLContext db) {
        this.db = db;
    }

    /**
     * Where a resource's cost starts and ends: its first and last day of cost, and the currency most of its line items
     * are billed in (a resource is billed in one currency; should it be in more, the others are left out rather than
     * added).
     */
    record Start(LocalDate firstDay, LocalDate lastDay, String currency) {
    }

    /** One day of one resource's cost in one currency; {@code estimated} when the source flags some of it so. */
    record Day(String tag, String currency, LocalDate day, BigDecimal cost, boolean estimated) {
    }

    /** The last day the rollups hold, for anyone; empty when they hold nothing. */
    Optional<LocalDate> latestDay() {
        return Optional.ofNullable(db.select(DSL.max(DAILY_COST.CHARGE_DATE)).from(DAILY_COST).fetchOne(0,
                LocalDate.class));
    }

    /** By request tag; tags without any rollup row are left out. */
    Map<String, Start> starts(Collection<String> tags) {
        Map<String, Start> starts = new HashMap<>();
        Map<String, Long> lineItems = new HashMap<>();
        for (List<String> chunk : chunks(tags)) {
            db.select(DAILY_COST.REQUEST_TAG, DAILY_COST.CURRENCY, DSL.min(DAILY_COST.CHARGE_DATE),
                            DSL.sum(DAILY_COST.LINE_ITEMS), DSL.max(DAILY_COST.CHARGE_DATE)).from(DAILY_COST)
                    .where(DAILY_COST.REQUEST_TAG.in(chunk))
                    .groupBy(DAILY_COST.REQUEST_TAG, DAILY_COST.CURRENCY)
                    .forEach(r -> {
                        long items = r.value4() == null ? 0 : r.value4().longValue();
                        if (items > lineItems.getOrDefault(r.value1(), -1L)) {
                            lineItems.put(r.value1(), items);
                            starts.put(r.value1(), new Start(r.value3(), r.value5(), r.value2()));
                        }
                    });
        }
        return starts;
    }

    /** The tags' daily cost ({@link MonthlyActual#METRIC}) over [from, to], per currency. */
    List<Day> daily(Collection<String> tags, LocalDate from, LocalDate to) {
        List<Day> days = new ArrayList<>();
        for (List<String> chunk : chunks(tags)) {
            days.addAll(db.select(DAILY_COST.REQUEST_TAG, DAILY_COST.CURRENCY, DAILY_COST.CHARGE_DATE,
                            DSL.sum(RollupColumns.metric(MonthlyActual.METRIC)),
                            DSL.max(DSL.when(DAILY_COST.ESTIMATED.isTrue(), 1).otherwise(0)))
                    .from(DAILY_COST)
                    .where(DAILY_COST.REQUEST_TAG.in(chunk).and(DAILY_COST.CHARGE_DATE.between(from, to)))
                    .groupBy(DAILY_COST.REQUEST_TAG, DAILY_COST.CURRENCY, DAILY_COST.CHARGE_DATE)
                    .fetch(r -> new Day(r.value1(), r.value2(), r.value3(),
                            r.value4() == null ? BigDecimal.ZERO : r.value4(),
                            r.value5() != null && r.value5() > 0)));
        }
        return days;
    }

    private static List<List<String>> chunks(Collection<String> tags) {
        List<String> all = List.copyOf(tags);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
