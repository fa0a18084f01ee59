package dev.skyway.portal.provisioning.internal.requests;

import static dev.skyway.portal.provisioning.internal.requests.RequestRecords.at;
import static dev.skyway.schema.provisioning.Tables.PRODUCT_REQUEST;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChangeSource;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.schema.provisioning.tables.records.ProductRequestRecord;

/**
 * What product requests changed on an account, for {@link dev.skyway.portal.platform.changes.AccountChanges}: products
 * provisioned (when they were provisioned, even if terminated since), updates applied and terminations done (when
 * they finished), and failures whose call the provisioner had accepted (a record ran in the account; a call refused
 * outright changed nothing). A request that is still running is not a change yet.
 */
@Component
class ProvisioningChanges implements AccountChangeSource {

    static final String MODULE = "provisioning";
    /** How much of an AWS error a change's title keeps: the request's page has it whole. */
    static final int REASON_LENGTH = 160;

    private final DSLContext db;

    ProvisioningChanges(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<AccountChange> changes(String accountId, Instant from, Instant to) {
        Condition provisioned = action(RequestAction.CREATE).and(within(PRODUCT_REQUEST.PROVISIONED_AT, from, to));
        Condition updated = action(RequestAction.UPDATE).and(status(RequestStatus.PROVISIONED))
                .and(within(PRODUCT_REQUEST.UPDATED_AT, from, to));
        Condition terminated = action(RequestAction.TERMINATE).and(status(RequestStatus.TERMINATED))
                .and(within(PRODUCT_REQUEST.UPDATED_AT, from, to));
        Condition failedInTheAccount = status(RequestStatus.FAILED).and(PRODUCT_REQUEST.RECORD_ID.isNotNull())
                .and(within(PRODUCT_REQUEST.UPDATED_AT, from, to));
        return db.selectFrom(PRODUCT_REQUEST).where(PRODUCT_REQUEST.ACCOUNT_ID.eq(accountId))
                .and(provisioned.or(updated).or(terminated).or(failedInTheAccount))
                .fetch(ProvisioningChanges::change);
    }

    private static AccountChange change(ProductRequestRecord r) {
        RequestAction action = RequestAction.valueOf(r.getAction());
        boolean failed = RequestStatus.FAILED.name().equals(r.getStatus());
        // a CREATE that failed, was retried and provisioned is listed as provisioned
        boolean provisioned = action == RequestAction.CREATE && r.getProvisionedAt() != null;
        String product = r.getProvisionedName() + " (" + r.getProductName() + " " + r.getVersionName() + ")";
        String kind;
        String title;
        if (provisioned) {
            kind = AccountChange.PRODUCT_PROVISIONED;
            title = "Provisioned " + product;
        } else if (failed) {
            kind = switch (action) {
                case CREATE -> AccountChange.PRODUCT_PROVISIONING_FAILED;
                case UPDATE -> AccountChange.PRODUCT_UPDATE_FAILED;
                case TERMINATE -> AccountChange.PRODUCT_TERMINATION_FAILED;
            };
            title = switch (action) {
                case CREATE -> "Provisioning ";
                case UPDATE -> "Update ";
                case TERMINATE -> "Termination ";
            } + "of " + product + " failed" + reason(r.getStatusReason());
        } else if (action == RequestAction.UPDATE) {
            kind = AccountChange.PRODUCT_UPDATED;
            title = "Updated " + product;
        } else {
            kind = AccountChange.PRODUCT_TERMINATED;
            title = "Terminated " + product;
        }
        Instant when = (provisioned ? r.getProvisionedAt() : r.getUpdatedAt()).toInstant();
        return new AccountChange(r.getAccountId(), when, kind, title, r.getRequesterName(), "requests/" + r.getId(),
                MODULE);
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        return ": " + (reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…");
    }

    private static Condition action(RequestAction action) {
        return PRODUCT_REQUEST.ACTION.eq(action.name());
    }

    private static Condition status(RequestStatus status) {
        return PRODUCT_REQUEST.STATUS.eq(status.name());
    }

    private static Condition within(Field<OffsetDateTime> column, Instant from, Instant to) {
        return column.ge(at(from)).and(column.lt(at(to)));
    }
}
