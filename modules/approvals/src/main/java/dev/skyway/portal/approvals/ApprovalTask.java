package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An open stage as one approver sees it: what is asked, by whom, why, what it costs, the rule that routed it.
 *
 * @param id            the task id (the stage id); decisions name it
 * @param subjectHash   the subject version shown; pass it back with the decision
 * @param onBehalfOf    set when the caller sees the task only as someone's delegate; absent otherwise
 * @param escalated     whether the stage missed its due time and was escalated to the fallback group
 */
public record ApprovalTask(UUID id, UUID processId, SubjectRef subject, SubjectAttributes attributes,
                           String subjectHash, String requester, String requesterName, String stage,
                           int stagePosition, int stageCount, ApprovalMode mode, int requiredApprovals,
                           int approvals, StageStatus status, int policyVersion, String ruleName, Instant openedAt,
                           Instant dueAt, boolean escalated, @Nullable String onBehalfOf) {
}
