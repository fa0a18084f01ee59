package dev.skyway.portal.accounts;

/**
 * Where an account request stands. The names are stable: stored, returned by the API and shown as badges.
 * PENDING_APPROVAL -> (CHANGES_REQUESTED | REJECTED | QUEUED | CANCELLED); QUEUED -> (PROVISIONING | CANCELLED);
 * PROVISIONING -> (PROVISIONED | FAILED). A closing request goes QUEUED -> CLOSING -> (CLOSED | FAILED).
 */
public enum AccountRequestStatus {
    PENDING_APPROVAL, CHANGES_REQUESTED, REJECTED, QUEUED, PROVISIONING, PROVISIONED, FAILED, CANCELLED, CLOSING,
    CLOSED;

    /** Whether nothing will change any more. */
    public boolean finished() {
        return this == REJECTED || this == PROVISIONED || this == FAILED || this == CANCELLED || this == CLOSED;
    }

    /** Open requests hold their account email (no second request or account may use it). */
    public boolean open() {
        return this == PENDING_APPROVAL || this == CHANGES_REQUESTED || this == QUEUED || this == PROVISIONING;
    }
}
