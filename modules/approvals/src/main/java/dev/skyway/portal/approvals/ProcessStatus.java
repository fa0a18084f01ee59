package dev.skyway.portal.approvals;

/** Where an approval process stands. Only {@code PENDING} has open stages; {@code WITHDRAWN}: the requester (or a platform admin) took the subject back before a final decision. */
public enum ProcessStatus {
    PENDING, APPROVED, REJECTED, CHANGES_REQUESTED, WITHDRAWN
}
