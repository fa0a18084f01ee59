package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** A failed request is provisioned again: attempt {@code attempt}, with a new ProvisionToken. */
public record ProvisioningRetried(String auditEventId, UUID requestId, String productId, int attempt,
                    AuditActor auditActor) implements AuditableEvent {

    @Override
    public String auditAction() {
        return AuditActions.PROVISIONING_RETRIED;
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
        return Map.of("productId", productId, "attempt", attempt);
    }
}
