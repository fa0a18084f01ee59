package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/**
 * A provisioned product was updated or terminated ({@code action} UPDATE or TERMINATE) by request
 * {@code requestId}; {@code resourceId} is the request that provisioned it.
 */
public record ProvisionedProductChanged(String auditEventId, UUID resourceId, UUID requestId, RequestAction action,
                                        String productId, String provisionedName, AuditActor auditActor)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return action == RequestAction.TERMINATE ? AuditActions.PROVISIONED_PRODUCT_TERMINATED
                : AuditActions.PROVISIONED_PRODUCT_UPDATED;
    }

    @Override
    public String auditTargetType() {
        return AuditActions.PROVISIONED_PRODUCT;
    }

    @Override
    public String auditTargetId() {
        return resourceId.toString();
    }

    @Override
    public Map<String, ?> auditDetails() {
        return Map.of("requestId", requestId.toString(), "productId", productId, "provisionedName",
                provisionedName);
    }
}
