package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** Provisioning an approved request failed; {@code reason} is in plain words. */
public record ProvisioningFailed(String auditEventId, UUID requestId, String productId, @Nullable String recordId,
                                 String reason, AuditActor auditActor) implements AuditableEvent {

    @Override
    public String auditAction() {
        return AuditActions.PROVISIONING_FAILED;
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
        return recordId == null ? Map.of("productId", productId, "reason", reason)
                : Map.of("productId", productId, "recordId", recordId, "reason", reason);
    }
}
