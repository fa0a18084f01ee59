package dev.skyway.portal.approvals;

import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditableEvent;

/** What every approval-process event shares: its process is the audit target. */
interface ProcessEvent extends AuditableEvent {

    String TARGET_TYPE = "approval-process";

    UUID processId();

    @Override
    default String auditTargetType() {
        return TARGET_TYPE;
    }

    @Override
    default String auditTargetId() {
        return processId().toString();
    }
}
