package dev.skyway.portal.provisioning;

/**
 * Where a product request stands. The names are stable: they are stored, returned by the API and shown as badges.
 * PENDING_APPROVAL -> (CHANGES_REQUESTED | REJECTED | APPROVED); APPROVED -> PROVISIONING -> (PROVISIONED | FAILED);
 * FAILED -> PROVISIONING again on a retry; (PENDING_APPROVAL | CHANGES_REQUESTED) -> WITHDRAWN when the requester takes
 * it back.
 *
 * <p>Day 2: an UPDATE request runs as PROVISIONING -> (PROVISIONED | FAILED) like a new one (its resource stays
 * PROVISIONED and shows the update in progress); a TERMINATE request runs as TERMINATING -> (TERMINATED | FAILED), and
 * its resource (the request that provisioned the product) goes PROVISIONED -> TERMINATING -> TERMINATED with it (back
 * to PROVISIONED when termination failed).
 */
public enum RequestStatus {
    PENDING_APPROVAL, CHANGES_REQUESTED, REJECTED, APPROVED, PROVISIONING, PROVISIONED, FAILED, TERMINATING,
    TERMINATED, WITHDRAWN;

    /** Whether nothing will change any more by itself (a FAILED request may still be retried). */
    public boolean finished() {
        return this == REJECTED || this == PROVISIONED || this == FAILED || this == TERMINATED
                || this == WITHDRAWN;
    }
}
