package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.DAILY_COST;
import static dev.skyway.schema.cost.Tables.DAILY_TAG_COST;

import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.CostQuery;

/** A cost query's range, filters and team scope as conditions on the daily rollups and the tag rollups. */
@Component
class RollupFilters {

    private final AccountPlacement placement;

    RollupFilters(AccountPlacement placement) {
        this.placement = placement;
    }

    /**
     * The range goes into the SQL as literals, not bind values: with bind values the pooled connection's prepared
     * statement soon gets PostgreSQL's generic plan, which guesses a range holds a few rows and scans a month of
     * rollups in one process, about twice as slow as the parallel plan made for the actual dates.
     */
    Condition where(CostQuery q, @Nullable Set<String> teams) {
        Condition c = DAILY_COST.CHARGE_DATE.ge(DSL.inline(q.start())).and(DAILY_COST.CHARGE_DATE.lt(
                DSL.inline(q.end())));
        if (teams != null) {
            c = c.and(DAILY_COST.TEAM.in(teams));
        }
        for (Map.Entry<String, String> f : q.filters().entrySet()) {
            if (CostQuery.UNTAGGED.equals(f.getKey())) {
                c = Boolean.parseBoolean(f.getValue()) ? c.and(DAILY_COST.TEAM_SOURCE.ne("TAG")) : c;
            } else if ("ou".equals(f.getKey())) {
                c = c.and(DAILY_COST.SUB_ACCOUNT_ID.in(placement.accountsUnder(f.getValue())));
            } else {
                Field<String> field = RollupColumns.dimension(f.getKey());
                c = c.and(f.getValue().isEmpty() ? field.isNull().or(field.eq("")) : field.eq(f.getValue()));
            }
        }
        return c;
    }

    Condition tagWhere(CostQuery q, @Nullable Set<String> teams) {
        Condition c = DAILY_TAG_COST.CHARGE_DATE.ge(DSL.inline(q.start()))
                .and(DAILY_TAG_COST.CHARGE_DATE.lt(DSL.inline(q.end())))
                .and(DAILY_TAG_COST.TAG_KEY.in(q.tagKey(), "user:" + q.tagKey()));
        if (teams != null) {
            c = c.and(DAILY_TAG_COST.TEAM.in(teams));
        }
        for (Map.Entry<String, String> f : q.filters().entrySet()) {
            c = c.and(switch (f.getKey()) {
                case "SubAccountId" -> DAILY_TAG_COST.SUB_ACCOUNT_ID.eq(f.getValue());
                case "team" -> DAILY_TAG_COST.TEAM.eq(f.getValue());
                case "ProviderName" -> DAILY_TAG_COST.PROVIDER_NAME.eq(f.getValue());
                case "BillingAccountId" -> DAILY_TAG_COST.BILLING_ACCOUNT_ID.eq(f.getValue());
                case "ou" -> DAILY_TAG_COST.SUB_ACCOUNT_ID.in(placement.accountsUnder(f.getValue()));
                default -> throw new IllegalArgumentException("Filter " + f.getKey()
                        + " cannot be combined with a tag breakdown; use SubAccountId, team, ou or ProviderName");
            });
        }
        return c;
    }
}
