package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stage of a process revision. {@code approvers} reads like {@code role:APPROVER} or {@code user:lead};
 * times are absent until they happen.
 *
 * @param hold who holds the stage and why, while a change freeze holds it ({@code status} {@code HELD}); absent
 *             otherwise, and for a hold the policy asked for ({@code "hold": true}), which a platform admin releases
 */
public record ApprovalStage(UUID id, int revision, int position, String name, ApprovalMode mode,
                            int requiredApprovals, StageStatus status, List<String> approvers,
                            @Nullable Instant openedAt, @Nullable Instant dueAt, @Nullable Instant escalatedAt,
                            @Nullable Instant completedAt, @Nullable StageHold hold) {
}
