package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One stage of a process revision. {@code approvers} reads like {@code role:APPROVER} or {@code user:lead};
 * times are null until they happen.
 */
public record ApprovalStage(UUID id, int revision, int position, String name, ApprovalMode mode,
                            int requiredApprovals, StageStatus status, List<String> approvers, Instant openedAt,
                            Instant dueAt, Instant escalatedAt, Instant completedAt) {
}
