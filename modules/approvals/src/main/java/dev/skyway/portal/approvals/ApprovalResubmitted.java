package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** The requester edited the subject: earlier approvals are void and the process starts over at {@code revision}. */
public record ApprovalResubmitted(String auditEventId, UUID processId, String subjectType, String subjectId, String subjectHash, int revision, int policyVersion, String ruleName, AuditActor auditActor) implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.resubmitted";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "subjectHash", subjectHash, "revision", revision, "rule", ruleName);
    }
}
