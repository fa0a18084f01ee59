package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** A {@link SubjectDecided} verdict. An approver rejected the subject; the process is over. */
public record SubjectRejected(String auditEventId, UUID processId, String subjectType, String subjectId, String subjectHash, String stage, String reason, Instant rejectedAt, AuditActor auditActor) implements ProcessEvent, SubjectDecided {

    @Override
    public Verdict verdict() {
        return Verdict.REJECTED;
    }

    /** The {@link #reason()}. */
    @Override
    public String comment() {
        return reason;
    }

    @Override
    public Instant decidedAt() {
        return rejectedAt;
    }

    @Override
    public String auditAction() {
        return "approval.subject-rejected";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "stage", stage, "reason", reason);
    }
}
