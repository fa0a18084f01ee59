package dev.skyway.portal.platform.changes;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One change the portal made on an AWS account, as its module recorded it.
 *
 * @param accountId    the 12-digit account id the change reached
 * @param at           when the change was made (completed, or failed after it reached the account)
 * @param kind         what it was: one of the constants here (e.g. {@link #PRODUCT_PROVISIONED}); text, so a new
 *                     module can add kinds without changing the platform
 * @param title        one line for people, e.g. {@code Updated orders-db (RDS PostgreSQL 1.2)}
 * @param actor        who asked for it (a display name); absent when nobody did
 * @param link         the portal path that shows it, e.g. {@code requests/<id>} (relative: no leading slash);
 *                     absent when there is no page
 * @param sourceModule the module that recorded it, e.g. {@code provisioning}
 */
public record AccountChange(String accountId, Instant at, String kind, String title, @Nullable String actor,
                            @Nullable String link, String sourceModule) {

    /** A product was provisioned in the account (a CREATE request reached PROVISIONED). */
    public static final String PRODUCT_PROVISIONED = "PRODUCT_PROVISIONED";
    /** A provisioned product's parameters or version were changed. */
    public static final String PRODUCT_UPDATED = "PRODUCT_UPDATED";
    public static final String PRODUCT_TERMINATED = "PRODUCT_TERMINATED";
    /** Provisioning failed after the provisioner accepted the call (a record ran in the account). */
    public static final String PRODUCT_PROVISIONING_FAILED = "PRODUCT_PROVISIONING_FAILED";
    public static final String PRODUCT_UPDATE_FAILED = "PRODUCT_UPDATE_FAILED";
    public static final String PRODUCT_TERMINATION_FAILED = "PRODUCT_TERMINATION_FAILED";
    /** The account was vended: created, placed in its OU, baselined and budgeted. */
    public static final String ACCOUNT_VENDED = "ACCOUNT_VENDED";
    /** Vending failed after the account was created (e.g. a baseline failed: the title says which). */
    public static final String ACCOUNT_VENDING_FAILED = "ACCOUNT_VENDING_FAILED";
    /** The account was closed (suspended and moved to the Suspended OU). */
    public static final String ACCOUNT_CLOSED = "ACCOUNT_CLOSED";
    /** Closing failed after AWS accepted the closing call. */
    public static final String ACCOUNT_CLOSING_FAILED = "ACCOUNT_CLOSING_FAILED";
    /** A baseline StackSet was deployed to the account. */
    public static final String BASELINE_DEPLOYED = "BASELINE_DEPLOYED";
    /** The account's budget was recorded or changed. */
    public static final String BUDGET_CHANGED = "BUDGET_CHANGED";

    public AccountChange {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceModule, "sourceModule");
    }
}
