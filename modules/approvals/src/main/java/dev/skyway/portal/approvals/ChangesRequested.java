package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;

/** A {@link SubjectDecided} verdict. An approver sent the subject back to its requester, who edits it and resubmits through the subject module. */
public record ChangesRequested(String auditEventId, UUID processId, String subjectType, String subjectId, String subjectHash, String stage, String comment, String requester, Instant requestedAt, AuditActor auditActor) implements ProcessEvent, SubjectDecided {

    @Override
    public Verdict verdict() {
        return Verdict.CHANGES_REQUESTED;
    }

    @Override
    public Instant decidedAt() {
        return requestedAt;
    }

    @Override
    public String auditAction() {
        return "approval.changes-requested";
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("subjectType", subjectType, "subjectId", subjectId, "stage", stage, "comment", comment, "requester", requester);
    }
}
