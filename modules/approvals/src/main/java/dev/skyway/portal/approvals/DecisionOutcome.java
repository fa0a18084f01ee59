package dev.skyway.portal.approvals;

/** What an approver decided. */
public enum DecisionOutcome {
    APPROVED, REJECTED, CHANGES_REQUESTED
}
