package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestChanged;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.notify.Notification;

/** How a vending step ends a request in failure and tells its requester; shared by the steps of a pass. */
@Component
class VendingOutcomes {

    private final AccountRequestStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VendingOutcomes(AccountRequestStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Marks the request FAILED with a plain-words reason (in the caller's transaction), audited, requester told. */
    void fail(AccountRequest row, String code, String reason, VendingPass pass) {
        Instant now = clock.instant();
        store.fail(row.id(), code, reason, now);
        store.addEvent(row.id(), "FAILED", reason, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("reason", reason);
        events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), row.id(),
                "accounts.vending-failed", details, system()));
        pass.finished++;
        notify(row, "Your account request failed: " + row.accountName(), reason, pass);
    }

    /**
     * Stops vending the request until an operator looks (in the caller's transaction): NEEDS_OPERATOR with the reason
     * shown on its page and in the API, audited, requester told. Nothing will start the creation again.
     */
    void needsOperator(AccountRequest row, String code, String why, VendingPass pass) {
        String reason = why.length() > 4000 ? why.substring(0, 3999) + "…" : why; // the column's size
        Instant now = clock.instant();
        store.fail(row.id(), code, reason, now);
        store.setStatus(row.id(), dev.skyway.portal.accounts.AccountRequestStatus.NEEDS_OPERATOR, reason, now);
        store.addEvent(row.id(), "NEEDS_OPERATOR", reason, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("reason", reason);
        events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), row.id(),
                "accounts.vending-needs-operator", details, system()));
        notify(row, "Your account request needs a platform operator: " + row.accountName(), reason, pass);
    }

    /** Queues a mail to the requester, sent at the end of the pass (outside the step's transaction). */
    void notify(AccountRequest row, String subject, String body, VendingPass pass) {
        if (row.requester().email() != null) {
            pass.notifications.add(Notification.of(List.of(row.requester().email()), subject, body
                    + "\n\nRequest: /account-requests/" + row.id()));
        }
    }

    static AuditActor system() {
        return AuditActor.of(PortalUser.SYSTEM);
    }
}
