package dev.skyway.portal.accounts;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;

/**
 * Something happened to an account request that auditors must see: submitted, queued, cancelled, reordered,
 * started, failed, closing started, closed.
 *
 * @param action  the audit action, one of {@link Action} (e.g. {@code accounts.request-submitted})
 * @param details small facts (ids, reasons); a missing map means none
 */
public record AccountRequestChanged(String auditEventId, UUID requestId, String action, Map<String, String> details,
                                    AuditActor auditActor) implements AuditableEvent {

    /** The audit actions of account requests: the one list of the names the ledger holds. */
    public enum Action {
        REQUEST_SUBMITTED("accounts.request-submitted"),
        CLOSE_REQUESTED("accounts.close-requested"),
        REQUEST_RESUBMITTED("accounts.request-resubmitted"),
        REQUEST_QUEUED("accounts.request-queued"),
        REQUEST_CANCELLED("accounts.request-cancelled"),
        QUEUE_REORDERED("accounts.queue-reordered"),
        VENDING_STARTED("accounts.vending-started"),
        CLOSING_STARTED("accounts.closing-started"),
        VENDING_FAILED("accounts.vending-failed"),
        VENDING_NEEDS_OPERATOR("accounts.vending-needs-operator"),
        ACCOUNT_CLOSED("accounts.account-closed");

        private final String auditAction;

        Action(String auditAction) {
            this.auditAction = auditAction;
        }

        public String auditAction() {
            return auditAction;
        }
    }

    /** A new event (with its own audit event id); {@code details} entries without a value are left out. */
    public static AccountRequestChanged of(UUID requestId, Action action, Map<String, @Nullable String> details,
                                           AuditActor actor) {
        return new AccountRequestChanged(UUID.randomUUID().toString(), requestId, action.auditAction(), details,
                actor);
    }

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
