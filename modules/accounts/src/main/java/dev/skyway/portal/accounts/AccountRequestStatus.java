package dev.skyway.portal.accounts;

/**
 * Where an account request stands. The names are stable: stored, returned by the API and shown as badges.
 * PENDING_APPROVAL -> (CHANGES_REQUESTED | REJECTED | QUEUED | CANCELLED); QUEUED -> (PROVISIONING | CANCELLED);
 * PROVISIONING -> (PROVISIONED | FAILED | NEEDS_OPERATOR). A closing request goes QUEUED -> CLOSING -> (CLOSED |
 * FAILED). NEEDS_OPERATOR: the outcome of the vendor's start is unknown and the portal could not tell which account (if
 * any) it made; vending stops for the request (it never starts a second creation) and its reason says why.
 */
public enum AccountRequestStatus {
    PENDING_APPROVAL, CHANGES_REQUESTED, REJECTED, QUEUED, PROVISIONING, PROVISIONED, FAILED, CANCELLED, CLOSING,
    CLOSED, NEEDS_OPERATOR;

    /** Whether nothing will change any more. */
    public boolean finished() {
        return this == REJECTED || this == PROVISIONED || this == FAILED || this == CANCELLED || this == CLOSED;
    }

    /**
     * Open requests hold their account email (no second request or account may use it); NEEDS_OPERATOR does too,
     * since AWS may have created an account with it.
     */
    public boolean open() {
        return this == PENDING_APPROVAL || this == CHANGES_REQUESTED || this == QUEUED || this == PROVISIONING
                || this == NEEDS_OPERATOR;
    }
}
