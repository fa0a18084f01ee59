package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** An approver rejected the subject; the process is over. {@code reason} is never null. */
public record SubjectRejected(String auditEventId, UUID processId, String subjectType, String subjectId, String subjectHash, String stage, String reason, Instant rejectedAt, AuditActor auditActor) implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.subject-rejected";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "stage", stage, "reason", reason);
    }
}
