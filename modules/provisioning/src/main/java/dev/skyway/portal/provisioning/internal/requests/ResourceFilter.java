package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;

import org.jooq.Condition;

import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.ResourceQuery;

/** Which provisioned products (CREATE requests that provisioned something) a "My resources" query lists. */
final class ResourceFilter {

    private ResourceFilter() {
    }

    /**
     * The requester's and (when they have one) their team's resources that match {@code query}: its text is part of
     * the name, product or account (case-insensitive); no status means any but TERMINATED.
     */
    static Condition of(UserKey requester, String team, ResourceQuery query) {
        Condition whose = Requests.requestedBy(requester);
        if (team != null) {
            whose = whose.or(PRODUCT_REQUEST.TEAM.eq(team));
        }
        Condition where = whose.and(PRODUCT_REQUEST.ACTION.eq(RequestAction.CREATE.name()));
        where = query.status() == null ? where.and(PRODUCT_REQUEST.STATUS.in(RequestStatus.PROVISIONED.name(),
                RequestStatus.TERMINATING.name())) : where.and(PRODUCT_REQUEST.STATUS.eq(query.status().name()));
        if (query.environment() != null && !query.environment().isBlank()) {
            where = where.and(PRODUCT_REQUEST.ENVIRONMENT.eq(query.environment()));
        }
        if (query.unhealthy()) {
            where = where.and(PRODUCT_REQUEST.PRODUCT_STATUS.in(ProductStatus.TAINTED.name(),
                    ProductStatus.ERROR.name()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String t = query.text().strip();
            where = where.and(PRODUCT_REQUEST.PROVISIONED_NAME.containsIgnoreCase(t)
                    .or(PRODUCT_REQUEST.PRODUCT_NAME.containsIgnoreCase(t))
                    .or(PRODUCT_REQUEST.ACCOUNT_ID.contains(t)));
        }
        return where;
    }
}
