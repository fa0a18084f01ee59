package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestTransition;
import dev.skyway.portal.platform.notify.Notification;

/** How a vending step ends a request in failure and tells its requester; shared by the steps of a pass. */
@Component
class VendingOutcomes {

    private final AccountRequestStore store;
    private final Clock clock;

    VendingOutcomes(AccountRequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Marks the request FAILED with a plain-words reason (in the caller's transaction), audited, requester told. */
    void fail(AccountRequest row, String code, String reason, VendingPass pass) {
        store.save(row.lifecycle().fail(code, reason, clock.instant()));
        pass.finished++;
        notify(row, "Your account request failed: " + row.accountName(), reason, pass);
    }

    /**
     * Stops vending the request until an operator looks (in the caller's transaction): NEEDS_OPERATOR with the reason
     * shown on its page and in the API, audited, requester told. Nothing will start the creation again.
     */
    void needsOperator(AccountRequest row, String code, String why, VendingPass pass) {
        AccountRequestTransition stopped = row.lifecycle().needOperator(code, why, clock.instant());
        store.save(stopped);
        notify(row, "Your account request needs a platform operator: " + row.accountName(),
                stopped.after().progress().reason(), pass);
    }

    /** Queues a mail to the requester, sent at the end of the pass (outside the step's transaction). */
    void notify(AccountRequest row, String subject, String body, VendingPass pass) {
        if (row.requester().email() != null) {
            pass.notifications.add(Notification.of(List.of(row.requester().email()), subject, body
                    + "\n\nRequest: /account-requests/" + row.id()));
        }
    }
}
