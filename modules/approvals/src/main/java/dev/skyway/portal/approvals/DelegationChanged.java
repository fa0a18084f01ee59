package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** A delegation was created ({@code cancelled} false) or cancelled. */
public record DelegationChanged(String auditEventId, UUID delegationId, String delegator, String delegate,
                                Instant startsAt, Instant endsAt, boolean cancelled, AuditActor auditActor)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return cancelled ? "approval.delegation-cancelled" : "approval.delegation-created";
    }

    @Override
    public String auditTargetType() {
        return "approval-delegation";
    }

    @Override
    public String auditTargetId() {
        return delegationId.toString();
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("delegator", delegator, "delegate", delegate, "startsAt", startsAt.toString(),
                "endsAt", endsAt.toString());
    }
}
