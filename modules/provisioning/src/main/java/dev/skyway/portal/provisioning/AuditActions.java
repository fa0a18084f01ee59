package dev.skyway.portal.provisioning;

/**
 * The names this module's events carry into the audit ledger, in one place. They are stable: the ledger is searched
 * by them. (The {@code catalog.} prefix is older than the provisioning module and stays.)
 */
final class AuditActions {

    static final String REQUEST_SUBMITTED = "catalog.request-submitted";
    static final String REQUEST_RESUBMITTED = "catalog.request-resubmitted";
    static final String REQUEST_WITHDRAWN = "catalog.request-withdrawn";
    static final String PRODUCT_PROVISIONED = "catalog.product-provisioned";
    static final String PROVISIONING_FAILED = "catalog.provisioning-failed";
    static final String PROVISIONING_RETRIED = "catalog.provisioning-retried";
    static final String PROVISIONED_PRODUCT_UPDATED = "catalog.provisioned-product-updated";
    static final String PROVISIONED_PRODUCT_TERMINATED = "catalog.provisioned-product-terminated";

    /** The kinds of thing the entries are about. */
    static final String PRODUCT_REQUEST = "product-request";
    static final String PROVISIONED_PRODUCT = "provisioned-product";

    private AuditActions() {
    }
}
