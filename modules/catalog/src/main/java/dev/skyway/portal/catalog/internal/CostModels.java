package dev.skyway.portal.catalog.internal;

import static dev.skyway.schema.catalog.Tables.COST_MODEL;
import static dev.skyway.schema.catalog.Tables.COST_RATE;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Cost models by product id. They outlive syncs: the platform team curates them, the sandbox ships defaults. */
@Repository
public class CostModels {

    private final DSLContext db;

    CostModels(DSLContext db) {
        this.db = db;
    }

    public Optional<CostModel> find(String productId) {
        return Optional.ofNullable(all(productId).get(productId));
    }

    /** Every model, by product id. */
    public Map<String, CostModel> all() {
        return all(null);
    }

    private Map<String, CostModel> all(@Nullable String onlyProductId) {
        Map<String, List<CostModel.Rate>> rates = new HashMap<>();
        db.selectFrom(COST_RATE).where(onlyProductId == null ? org.jooq.impl.DSL.noCondition()
                        : COST_RATE.PRODUCT_ID.eq(onlyProductId))
                .orderBy(COST_RATE.PARAM_KEY, COST_RATE.MATCH_VALUE)
                .forEach(r -> rates.computeIfAbsent(r.getProductId(), k -> new ArrayList<>()).add(
                        new CostModel.Rate(r.getParamKey(), r.getMatchValue(), r.getUnitPrice(), r.getTimesParam())));
        Map<String, CostModel> result = new HashMap<>();
        db.selectFrom(COST_MODEL).where(onlyProductId == null ? org.jooq.impl.DSL.noCondition()
                        : COST_MODEL.PRODUCT_ID.eq(onlyProductId))
                .forEach(r -> result.put(r.getProductId(), new CostModel(r.getProductId(),
                        Currency.getInstance(r.getCurrency()), r.getBaseMonthly(),
                        rates.getOrDefault(r.getProductId(), List.of()))));
        return result;
    }

    /** Creates or replaces a product's model. */
    public void save(CostModel model) {
        db.deleteFrom(COST_MODEL).where(COST_MODEL.PRODUCT_ID.eq(model.productId())).execute();
        db.insertInto(COST_MODEL).set(COST_MODEL.PRODUCT_ID, model.productId())
                .set(COST_MODEL.CURRENCY, model.currency().getCurrencyCode())
                .set(COST_MODEL.BASE_MONTHLY, model.baseMonthly()).execute();
        for (CostModel.Rate rate : model.rates()) {
            db.insertInto(COST_RATE).set(COST_RATE.PRODUCT_ID, model.productId())
                    .set(COST_RATE.PARAM_KEY, rate.paramKey()).set(COST_RATE.MATCH_VALUE, rate.matchValue())
                    .set(COST_RATE.UNIT_PRICE, rate.unitPrice()).set(COST_RATE.TIMES_PARAM, rate.timesParam())
                    .execute();
        }
    }

    /** Removes a product's model and its rates. */
    public void delete(String productId) {
        db.deleteFrom(COST_RATE).where(COST_RATE.PRODUCT_ID.eq(productId)).execute();
        db.deleteFrom(COST_MODEL).where(COST_MODEL.PRODUCT_ID.eq(productId)).execute();
    }

    public boolean exists(String productId) {
        return db.fetchExists(COST_MODEL, COST_MODEL.PRODUCT_ID.eq(productId));
    }
}
