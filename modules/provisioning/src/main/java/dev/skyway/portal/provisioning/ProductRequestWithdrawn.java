package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** The requester took a request back before it was finally decided. */
public record ProductRequestWithdrawn(String auditEventId, UUID requestId, String productId, String reason,
                                      AuditActor auditActor) implements AuditableEvent {

    @Override
    public String auditAction() {
        return AuditActions.REQUEST_WITHDRAWN;
    }

    @Override
    public String auditTargetType() {
        return AuditActions.PRODUCT_REQUEST;
    }

    @Override
    public String auditTargetId() {
        return requestId.toString();
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("productId", productId, "reason", reason);
    }
}
