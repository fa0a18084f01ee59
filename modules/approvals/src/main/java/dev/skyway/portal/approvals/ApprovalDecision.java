package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded decision.
 *
 * @param onBehalfOf the approver the actor stood in for (delegation); null when the actor decided for themself
 * @param comment    may be null (approvals); the reason for rejections and change requests
 */
public record ApprovalDecision(UUID id, UUID processId, UUID taskId, SubjectRef subject, String stage,
                               DecisionOutcome outcome, String actor, String actorName, String onBehalfOf,
                               String comment, String subjectHash, Instant decidedAt) {

    /** "X on behalf of Y", or just X. */
    public String actorLabel() {
        return onBehalfOf == null ? actor : actor + " on behalf of " + onBehalfOf;
    }
}
