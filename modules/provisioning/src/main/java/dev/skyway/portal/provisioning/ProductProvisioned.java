package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** A requested product was provisioned; its outputs are on the request. */
public record ProductProvisioned(String auditEventId, UUID requestId, String productId, String accountId,
                                 String recordId, String provisionedName, AuditActor auditActor)
        implements AuditableEvent {

    @Override
    public String auditAction() {
        return AuditActions.PRODUCT_PROVISIONED;
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
        return Map.of("productId", productId, "accountId", accountId, "recordId", recordId,
                "provisionedName", provisionedName);
    }
}
