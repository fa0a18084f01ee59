package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** A stage missed its due time; the fallback group {@code escalatedTo} (a role) may now decide it too. */
public record ApprovalEscalated(String auditEventId, UUID processId, String subjectType, String subjectId, UUID taskId, String stage, String escalatedTo, Instant dueAt, AuditActor auditActor) implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.escalated";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "stage", stage, "escalatedTo", escalatedTo, "dueAt", dueAt.toString());
    }
}
