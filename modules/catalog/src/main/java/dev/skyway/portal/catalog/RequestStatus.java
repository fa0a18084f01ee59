package dev.skyway.portal.catalog;

/**
 * Where a product request stands. The names are stable: they are stored, returned by the API and shown as badges.
 * PENDING_APPROVAL -> (CHANGES_REQUESTED | REJECTED | APPROVED); APPROVED -> PROVISIONING -> (PROVISIONED | FAILED).
 */
public enum RequestStatus {
    PENDING_APPROVAL, CHANGES_REQUESTED, REJECTED, APPROVED, PROVISIONING, PROVISIONED, FAILED;

    /** Whether nothing will change any more. */
    public boolean finished() {
        return this == REJECTED || this == PROVISIONED || this == FAILED;
    }
}
