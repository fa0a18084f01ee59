package dev.skyway.portal.accounts;

import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/**
 * Something happened to an account request that auditors must see: submitted, queued, cancelled, reordered,
 * started, failed, closing started, closed.
 *
 * @param action  e.g. {@code accounts.request-submitted}, {@code accounts.vending-failed}, {@code accounts.account-closed}
 * @param details small facts (ids, reasons); never null
 */
public record AccountRequestChanged(String auditEventId, UUID requestId, String action, Map<String, String> details,
                                    AuditActor auditActor) implements AuditableEvent {

    public AccountRequestChanged {
        details = details == null ? Map.of() : details.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditTargetType() {
        return "account-request";
    }

    @Override
    public String auditTargetId() {
        return requestId.toString();
    }

    @Override
    public Map<String, ?> auditDetails() {
        return details;
    }
}
