package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One subject's approval: its current revision's stages and every decision (all revisions, oldest first).
 *
 * @param autoApproved whether a rule approved it without stages
 * @param completedAt  absent while pending
 */
public record ApprovalProcess(UUID id, SubjectRef subject, SubjectAttributes attributes, String subjectHash,
                              String requester, ProcessStatus status, int revision, int policyVersion,
                              String ruleName, boolean autoApproved, List<ApprovalStage> stages,
                              List<ApprovalDecision> decisions, Instant createdAt, @Nullable Instant completedAt) {
}
