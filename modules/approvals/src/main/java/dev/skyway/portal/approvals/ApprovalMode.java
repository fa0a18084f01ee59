package dev.skyway.portal.approvals;

/** How many of a stage's approvers must approve: one, all named users, or N of the M named users. */
public enum ApprovalMode {
    ANY, ALL, N_OF_M
}
