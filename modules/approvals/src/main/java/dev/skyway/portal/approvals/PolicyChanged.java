package dev.skyway.portal.approvals;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** A platform admin saved a new approval policy version. */
public record PolicyChanged(String auditEventId, int version, @Nullable String note, AuditActor auditActor)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "approval.policy-changed";
    }

    @Override
    public String auditTargetType() {
        return "approval-policy";
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(version);
    }

    @Override
    public Map<String, ?> auditDetails() {
        return note == null ? Map.of("version", version) : Map.of("version", version, "note", note);
    }
}
