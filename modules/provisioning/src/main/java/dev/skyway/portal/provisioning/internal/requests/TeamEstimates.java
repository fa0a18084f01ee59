package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.EstimatedResource;
import dev.skyway.portal.provisioning.RequestAction;

/** A team's provisioned products with the monthly cost estimated when they were requested. */
@Repository
public class TeamEstimates {

    private final DSLContext db;

    TeamEstimates(DSLContext db) {
        this.db = db;
    }

    /**
     * The team's products provisioned since {@code since} (terminated ones included: they ran) that had an estimate,
     * newest first.
     */
    public List<EstimatedResource> provisionedSince(String team, Instant since) {
        return db.select(PRODUCT_REQUEST.ID, PRODUCT_REQUEST.PROVISIONED_NAME, PRODUCT_REQUEST.COST_AMOUNT,
                        PRODUCT_REQUEST.COST_CURRENCY).from(PRODUCT_REQUEST)
                .where(PRODUCT_REQUEST.TEAM.eq(team).and(PRODUCT_REQUEST.ACTION.eq(RequestAction.CREATE.name()))
                        .and(PRODUCT_REQUEST.STATUS.in(ProvisionedProducts.RESOURCE_STATUSES.stream()
                                .map(Enum::name).toList()))
                        .and(PRODUCT_REQUEST.PROVISIONED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                        .and(PRODUCT_REQUEST.COST_AMOUNT.isNotNull()).and(PRODUCT_REQUEST.COST_CURRENCY.isNotNull()))
                .orderBy(PRODUCT_REQUEST.PROVISIONED_AT.desc(), PRODUCT_REQUEST.ID)
                .fetch(r -> new EstimatedResource(r.value1(), r.value2(),
                        new Money(r.value3(), Currency.getInstance(r.value4()))));
    }
}
