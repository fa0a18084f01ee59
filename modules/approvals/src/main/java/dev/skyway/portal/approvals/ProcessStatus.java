package dev.skyway.portal.approvals;

/** Where an approval process stands. Only {@code PENDING} has open stages. */
public enum ProcessStatus {
    PENDING, APPROVED, REJECTED, CHANGES_REQUESTED
}
