package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestLifecycle;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.TimelineEntry.Kind;
import dev.skyway.portal.accounts.internal.AccountsSync;
import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingOutcomeUnknownException;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * One pass of account vending ({@link #tick}): follows the operations in flight (creation, baselines and budget in
 * {@link CreationSteps}; closings until SUSPENDED), then starts queued requests in queue order while fewer than
 * {@code max-in-flight} run, then refreshes the inventory when an account appeared or closed (again next pass when
 * another sync held the lock). Each step runs in its own transaction.
 *
 * <p>Record before call: the "start sent" mark is committed before {@link AccountVendor#start}, the operation id
 * right after it. A request found with "start sent" and no operation id (the process died in between) is asked of
 * {@link AccountVendor#find}; {@code start} is never called a second time for it. A baseline's StackSets operation
 * id is likewise committed before {@link BaselineDeployer#deploy} and reused on a retry.
 */
@Component
public class VendingRunner {

    static final String CLOSE_SENT = "close-sent";
    private static final Logger log = LoggerFactory.getLogger(VendingRunner.class);

    private final AccountRequestStore store;
    private final AccountVendor vendor;
    private final CreationSteps creation;
    private final AccountCloser closer;
    private final VendingOutcomes outcomes;
    private final AccountsSync sync;
    private final SyncRunner syncs;
    private final Notifications notifications;
    private final VendingProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    /** An inventory refresh this process still owes: the last one found another sync holding the lock. */
    private boolean refreshOwed;

    VendingRunner(AccountRequestStore store, AccountVendor vendor, CreationSteps creation, AccountCloser closer,
                  VendingOutcomes outcomes, AccountsSync sync, SyncRunner syncs, Notifications notifications,
                  VendingProperties properties, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.vendor = vendor;
        this.creation = creation;
        this.closer = closer;
        this.outcomes = outcomes;
        this.sync = sync;
        this.syncs = syncs;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
    }

    /** What one pass did. */
    public record Pass(int started, int finished, boolean inventoryRefreshed) {
    }

    /** One pass; never throws for a single request's trouble (logged, retried next pass). */
    public synchronized Pass tick() {
        VendingPass pass = new VendingPass();
        for (UUID id : store.idsIn(AccountRequestStatus.PROVISIONING)) {
            guarded(id, () -> advanceCreation(id, pass));
        }
        for (UUID id : store.idsIn(AccountRequestStatus.CLOSING)) {
            guarded(id, () -> advanceClosing(id, pass));
        }
        int started = startQueued(pass);
        boolean refreshed = false;
        if (pass.refresh || refreshOwed) {
            // a sync already running may have read the organization before this change: owe another one
            refreshOwed = syncs.runIfFree(sync).isEmpty();
            refreshed = !refreshOwed;
        }
        pass.notifications.forEach(notifications::send);
        return new Pass(started, pass.finished, refreshed);
    }

    private void guarded(UUID id, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("Account request {}: step failed, tried again next pass: {}", id, e.toString());
        }
    }

    // ---- starting ----

    private int startQueued(VendingPass pass) {
        int started = 0;
        while (store.countIn(AccountRequestStatus.PROVISIONING, AccountRequestStatus.CLOSING)
                < properties.maxInFlight()) {
            Optional<AccountRequest> next = Optional.ofNullable(tx.execute(s -> {
                for (UUID id : store.idsIn(AccountRequestStatus.QUEUED)) {
                    AccountRequest row = store.lock(id).orElse(null);
                    if (row != null && row.status() == AccountRequestStatus.QUEUED) {
                        markStartSent(row);
                        return store.find(id).orElseThrow();
                    }
                }
                return null;
            }));
            if (next.isEmpty()) {
                break;
            }
            started++;
            send(next.get(), pass);
        }
        return started;
    }

    /** Record before call (committed by the caller's transaction before {@link #send}). */
    private void markStartSent(AccountRequest row) {
        Instant now = clock.instant();
        store.save(row.kind() == AccountRequest.Kind.CLOSE ? row.lifecycle().startClosing(now)
                : row.lifecycle().startVending(vendor.name(), now));
    }

    /** The vendor call itself, outside any transaction; its outcome is stored in a new one. */
    private void send(AccountRequest row, VendingPass pass) {
        try {
            if (row.kind() == AccountRequest.Kind.CLOSE) {
                closer.close(row.targetAccountId());
                tx.executeWithoutResult(s -> store.setOperation(row.id(), CLOSE_SENT, clock.instant()));
            } else {
                String operationId = vendor.start(command(row));
                tx.executeWithoutResult(s -> {
                    store.setOperation(row.id(), operationId, clock.instant());
                    store.addEvent(row.id(), Kind.OPERATION, "Operation " + operationId, clock.instant());
                });
            }
        } catch (VendingOutcomeUnknownException e) {
            // keep "start sent": the next pass asks the vendor (find) and never starts again
            tx.executeWithoutResult(s -> store.addEvent(row.id(), Kind.UNCONFIRMED, e.getMessage(), clock.instant()));
        } catch (VendingException e) {
            tx.executeWithoutResult(s -> {
                if (e.retryable()) {
                    // the vendor refused before doing anything (e.g. throttling): start again next pass
                    store.clearStartSent(row.id());
                    store.addEvent(row.id(), Kind.RETRY, "AWS asked to retry later: " + e.getMessage(),
                            clock.instant());
                } else {
                    outcomes.fail(row, e.code(), FailureReasons.plain(e.code(), e.getMessage()), pass);
                }
            });
        }
    }

    // ---- following ----

    private void advanceCreation(UUID id, VendingPass pass) {
        AccountRequest row = tx.execute(s -> store.find(id).orElse(null));
        if (row == null || row.status() != AccountRequestStatus.PROVISIONING) {
            return;
        }
        if (row.vending().operationId() == null && row.vending().startSentAt() == null) {
            // a retryable refusal earlier: record before call again, then start
            tx.executeWithoutResult(s -> store.markStartSentAgain(id, vendor.name(), clock.instant()));
            send(store.find(id).orElseThrow(), pass);
            return;
        }
        if (row.vending().accountId() == null) {
            creation.followCreation(row, pass);
        } else {
            creation.followBaselines(row, pass);
        }
    }

    private void advanceClosing(UUID id, VendingPass pass) {
        AccountRequest row = tx.execute(s -> store.find(id).orElse(null));
        if (row == null || row.status() != AccountRequestStatus.CLOSING) {
            return;
        }
        if (row.vending().operationId() == null) {
            // closing is idempotent: (re)send it
            if (row.vending().startSentAt() == null) {
                tx.executeWithoutResult(s -> store.markStartSentAgain(id, AccountRequestLifecycle.CLOSER,
                        clock.instant()));
            }
            send(row, pass);
            return;
        }
        String status = closer.status(row.targetAccountId());
        if ("SUSPENDED".equals(status)) {
            tx.executeWithoutResult(s -> store.save(row.lifecycle().finishClosing(clock.instant())));
            pass.refresh = true;
            pass.finished++;
            outcomes.notify(row, "AWS account " + row.accountName() + " is closed", "Account " + row.targetAccountId()
                    + " is suspended; AWS deletes it after 90 days.", pass);
        }
    }

    /** What the vendor is asked to create for a request (its tags include owner team, cost center, environment). */
    public static VendingCommand command(AccountRequest row) {
        Map<String, String> tags = new LinkedHashMap<>(row.tags());
        tags.put(Account.OWNER_TEAM_TAG, row.ownership().team());
        tags.put(Account.COST_CENTER_TAG, row.ownership().costCenter());
        tags.put(Account.ENVIRONMENT_TAG, row.ownership().environment());
        tags.put("skyway:request", row.id().toString());
        return new VendingCommand(row.accountName(), row.accountEmail(), row.placement().id(),
                row.placement().name(), row.ssoUser().email(), row.ssoUser().firstName(), row.ssoUser().lastName(),
                tags, row.vending().idempotencyKey());
    }

}
