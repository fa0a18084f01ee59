package dev.skyway.portal.platform.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.audit.AuditableEvent;

/** Appends every {@link AuditableEvent} to the ledger, once per event id. */
@Component
class AuditableEventRecorder {

    private final AuditLedger ledger;

    AuditableEventRecorder(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        ledger.append(event.auditActor(), new AuditRecord(event.auditAction(), event.auditTargetType(),
                event.auditTargetId(), event.auditDetails(), event.auditCorrelationId()), event.auditEventId());
    }
}
