package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;
import static dev.skyway.schema.provisioning.Tables.REQUEST_OUTPUT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.ProvisionedStack;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;

/** Existing provisioned products joined with their stack ARN output (its key compared ignoring case). */
@Repository
public class ProvisionedStackRows {

    private final DSLContext db;

    ProvisionedStackRows(DSLContext db) {
        this.db = db;
    }

    /** A stack and who requested its product. */
    public record Owned(ProvisionedStack stack, UserKey requester) {
    }

    /** @param resourceId only this resource; absent for all */
    public List<ProvisionedStack> active(@Nullable UUID resourceId) {
        Condition where = PRODUCT_REQUEST.ACTION.eq(RequestAction.CREATE.name())
                .and(PRODUCT_REQUEST.STATUS.in(RequestStatus.PROVISIONED.name(), RequestStatus.TERMINATING.name()))
                .and(DSL.lower(REQUEST_OUTPUT.OUTPUT_KEY).eq(ProvisionedStack.OUTPUT_KEY.toLowerCase(Locale.ROOT)));
        if (resourceId != null) {
            where = where.and(PRODUCT_REQUEST.ID.eq(resourceId));
        }
        return db.select(PRODUCT_REQUEST.ID, PRODUCT_REQUEST.ACCOUNT_ID, PRODUCT_REQUEST.TEAM,
                        PRODUCT_REQUEST.PROVISIONED_NAME, PRODUCT_REQUEST.PRODUCT_NAME, REQUEST_OUTPUT.OUTPUT_VALUE)
                .from(PRODUCT_REQUEST).join(REQUEST_OUTPUT).on(REQUEST_OUTPUT.REQUEST_ID.eq(PRODUCT_REQUEST.ID))
                .where(where).orderBy(PRODUCT_REQUEST.PROVISIONED_AT, PRODUCT_REQUEST.ID)
                .fetch(r -> new ProvisionedStack(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    public Optional<UserKey> owner(UUID resourceId) {
        return db.select(PRODUCT_REQUEST.REQUESTER_ISSUER, PRODUCT_REQUEST.REQUESTER_SUBJECT).from(PRODUCT_REQUEST)
                .where(PRODUCT_REQUEST.ID.eq(resourceId))
                .fetchOptional(r -> new UserKey(r.value1(), r.value2()));
    }
}
