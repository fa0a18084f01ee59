package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;

/** An approver decided a task, bound to the subject version {@code subjectHash}. */
public record DecisionRecorded(String auditEventId, UUID processId, String subjectType, String subjectId, UUID taskId,
                               String stage, DecisionOutcome outcome, @Nullable String onBehalfOf,
                               @Nullable String comment, String subjectHash, AuditActor auditActor)
        implements ProcessEvent {

    @Override
    public String auditAction() {
        return "approval.decided";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return decisionDetails(this);
    }

    private static Map<String, ?> decisionDetails(DecisionRecorded e) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("subjectType", e.subjectType);
        details.put("subjectId", e.subjectId);
        details.put("stage", e.stage);
        details.put("outcome", e.outcome.name());
        details.put("subjectHash", e.subjectHash);
        if (e.onBehalfOf != null) {
            details.put("onBehalfOf", e.onBehalfOf);
        }
        if (e.comment != null) {
            details.put("comment", e.comment);
        }
        return details;
    }
}
