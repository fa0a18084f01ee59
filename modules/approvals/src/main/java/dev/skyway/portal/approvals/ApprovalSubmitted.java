package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** A subject entered approval, routed by rule {@code ruleName} of policy version {@code policyVersion}. */
public record ApprovalSubmitted(String auditEventId, UUID processId, String subjectType, String subjectId, String subjectHash, int policyVersion, String ruleName, AuditActor auditActor) implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.submitted";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "subjectHash", subjectHash, "policyVersion", policyVersion, "rule", ruleName);
    }
}
