package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/**
 * A provisioned product was updated or terminated ({@code action} {@code UPDATE} or {@code TERMINATE}) by request
 * {@code requestId}; {@code resourceId} is the request that provisioned it.
 */
public record ProvisionedProductChanged(String auditEventId, UUID resourceId, UUID requestId, String action,
                                        String productId, String provisionedName, AuditActor auditActor)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return "catalog.provisioned-product-" + (action.equals("TERMINATE") ? "terminated" : "updated");
    }

    @Override
    public String auditTargetType() {
        return "provisioned-product";
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
