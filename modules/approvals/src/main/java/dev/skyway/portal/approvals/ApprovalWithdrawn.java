package dev.skyway.portal.approvals;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** The subject was taken back before a final decision (e.g. a cancelled request): its open stages are closed. */
public record ApprovalWithdrawn(String auditEventId, UUID processId, String subjectType, String subjectId,
                                String reason, AuditActor auditActor) implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.withdrawn";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "reason", reason);
    }
}
