package dev.skyway.portal.platform.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by domain events that auditors must see. The platform appends each one to the ledger once, even when
 * the event is delivered more than once.
 */
public interface AuditableEvent {

    /** Unique id of this event occurrence (e.g. a UUID chosen when the event is created). */
    String auditEventId();

    /** Who caused it: issuer and subject of the acting user, or the system. */
    AuditActor auditActor();

    String auditAction();

    String auditTargetType();

    String auditTargetId();

    /** Facts worth keeping; may be empty. */
    default Map<String, ?> auditDetails() {
        return Map.of();
    }

    default @Nullable String auditCorrelationId() {
        return null;
    }
}
