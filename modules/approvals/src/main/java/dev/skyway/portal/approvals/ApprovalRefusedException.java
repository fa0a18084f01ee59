package dev.skyway.portal.approvals;

/**
 * The engine refused a decision or action for the caller: separation of duties (own subject, a second stage of
 * the same subject), no open task for the caller, not the requester. The message says why; a 403 over HTTP.
 */
public class ApprovalRefusedException extends RuntimeException {

    public ApprovalRefusedException(String reason) {
        super(reason);
    }
}
