package dev.skyway.portal.provisioning;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** The requester edited a request that was sent back with changes requested; it is with the approval engine again. */
public record ProductRequestResubmitted(String auditEventId, UUID requestId, String productId, String environment, String accountId,
                    AuditActor auditActor) implements AuditableEvent {

    @Override
    public String auditAction() {
        return AuditActions.REQUEST_RESUBMITTED;
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
        return Map.of("productId", productId, "environment", environment, "accountId", accountId);
    }
}
