package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;

/** A stage opened: its approvers have a task (for notifications). {@code dueAt} is absent for a held stage. */
public record ApprovalRequested(String auditEventId, UUID processId, String subjectType, String subjectId,
                                String title, UUID taskId, String stage, java.util.List<String> approvers,
                                @Nullable Instant dueAt, AuditActor auditActor) implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.requested";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "stage", stage, "approvers", approvers, "dueAt", String.valueOf(dueAt));
    }
}
