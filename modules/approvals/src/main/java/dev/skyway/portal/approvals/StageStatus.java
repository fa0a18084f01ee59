package dev.skyway.portal.approvals;

/** Where a stage stands: {@code WAITING} for earlier stages, {@code OPEN} for decisions, {@code HELD} (opened but paused, e.g. during an incident), decided, or {@code SUPERSEDED} by an edit of the subject, or {@code WITHDRAWN} with it. */
public enum StageStatus {
    WAITING, OPEN, HELD, APPROVED, REJECTED, CHANGES_REQUESTED, SUPERSEDED, WITHDRAWN
}
