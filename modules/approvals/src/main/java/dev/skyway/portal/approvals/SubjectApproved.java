package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;

/** A {@link SubjectDecided} verdict. Every stage approved (or a rule auto-approved): the subject module may proceed with exactly the version {@code subjectHash}. Listeners filter on {@code subjectType}. */
public record SubjectApproved(String auditEventId, UUID processId, String subjectType, String subjectId, String subjectHash, int policyVersion, String ruleName, boolean autoApproved, Instant approvedAt, AuditActor auditActor) implements ProcessEvent, SubjectDecided {

    @Override
    public Verdict verdict() {
        return Verdict.APPROVED;
    }

    /** An approval carries no comment (the approvers' comments are in the process's decisions). */
    @Override
    public @Nullable String comment() {
        return null;
    }

    @Override
    public Instant decidedAt() {
        return approvedAt;
    }

    @Override
    public String auditAction() {
        return "approval.subject-approved";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "subjectHash", subjectHash, "policyVersion", policyVersion, "rule", ruleName, "autoApproved", autoApproved);
    }
}
