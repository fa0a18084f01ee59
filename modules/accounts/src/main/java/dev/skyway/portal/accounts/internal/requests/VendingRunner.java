package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountBudget;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestChanged;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.AccountVended;
import dev.skyway.portal.accounts.internal.AccountsSync;
import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingOutcomeUnknownException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * One pass of account vending ({@link #tick}): follows the operations in flight (creation, then each baseline in
 * order, then the budget; closings until SUSPENDED), then starts queued requests in queue order while fewer than
 * {@code max-in-flight} run. Each step runs in its own transaction.
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
    private final BaselineDeployer deployer;
    private final BudgetRecorder budgets;
    private final AccountCloser closer;
    private final AccountsSync sync;
    private final SyncRunner syncs;
    private final Notifications notifications;
    private final VendingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    VendingRunner(AccountRequestStore store, AccountVendor vendor, BaselineDeployer deployer, BudgetRecorder budgets,
                  AccountCloser closer, AccountsSync sync, SyncRunner syncs, Notifications notifications,
                  VendingProperties properties, ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.vendor = vendor;
        this.deployer = deployer;
        this.budgets = budgets;
        this.closer = closer;
        this.sync = sync;
        this.syncs = syncs;
        this.notifications = notifications;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    /** What one pass did. */
    public record Pass(int started, int finished, boolean inventoryRefreshed) {
    }

    /** One pass; never throws for a single request's trouble (logged, retried next pass). */
    public synchronized Pass tick() {
        Work work = new Work();
        for (UUID id : store.idsIn(AccountRequestStatus.PROVISIONING)) {
            guarded(id, () -> advanceCreation(id, work));
        }
        for (UUID id : store.idsIn(AccountRequestStatus.CLOSING)) {
            guarded(id, () -> advanceClosing(id, work));
        }
        int started = startQueued(work);
        if (work.refresh) {
            syncs.run(sync);
        }
        work.notifications.forEach(notifications::send);
        return new Pass(started, work.finished, work.refresh);
    }

    private void guarded(UUID id, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("Account request {}: step failed, tried again next pass: {}", id, e.toString());
        }
    }

    private static final class Work {
        boolean refresh;
        int finished;
        final List<Notification> notifications = new ArrayList<>();
    }

    // ---- starting ----

    private int startQueued(Work work) {
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
            send(next.get(), work);
        }
        return started;
    }

    /** Record before call (committed by the caller's transaction before {@link #send}). */
    private void markStartSent(AccountRequest row) {
        Instant now = clock.instant();
        if (row.kind() == AccountRequest.Kind.CLOSE) {
            store.markStartSent(row.id(), "closer", now);
            store.setStatus(row.id(), AccountRequestStatus.CLOSING, null, now);
            store.addEvent(row.id(), "STARTED", "Closing account " + row.targetAccountId(), now);
        } else {
            store.markStartSent(row.id(), vendor.name(), now);
            store.addEvent(row.id(), "STARTED", "Account creation started (" + vendor.name() + ")", now);
        }
        events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), row.id(),
                row.kind() == AccountRequest.Kind.CLOSE ? "accounts.closing-started" : "accounts.vending-started",
                Map.of("vendor", row.kind() == AccountRequest.Kind.CLOSE ? "closer" : vendor.name()), system()));
    }

    /** The vendor call itself, outside any transaction; its outcome is stored in a new one. */
    private void send(AccountRequest row, Work work) {
        try {
            if (row.kind() == AccountRequest.Kind.CLOSE) {
                closer.close(row.targetAccountId());
                tx.executeWithoutResult(s -> store.setOperation(row.id(), CLOSE_SENT, clock.instant()));
            } else {
                String operationId = vendor.start(command(row));
                tx.executeWithoutResult(s -> {
                    store.setOperation(row.id(), operationId, clock.instant());
                    store.addEvent(row.id(), "OPERATION", "Operation " + operationId, clock.instant());
                });
            }
        } catch (VendingOutcomeUnknownException e) {
            // keep "start sent": the next pass asks the vendor (find) and never starts again
            tx.executeWithoutResult(s -> store.addEvent(row.id(), "UNCONFIRMED", e.getMessage(), clock.instant()));
        } catch (VendingException e) {
            tx.executeWithoutResult(s -> {
                if (e.retryable()) {
                    // the vendor refused before doing anything (e.g. throttling): start again next pass
                    store.clearStartSent(row.id());
                    store.addEvent(row.id(), "RETRY", "AWS asked to retry later: " + e.getMessage(), clock.instant());
                } else {
                    fail(row, e.code(), FailureReasons.plain(e.code(), e.getMessage()), work);
                }
            });
        }
    }

    // ---- following ----

    private void advanceCreation(UUID id, Work work) {
        AccountRequest row = tx.execute(s -> store.find(id).orElse(null));
        if (row == null || row.status() != AccountRequestStatus.PROVISIONING) {
            return;
        }
        if (row.operationId() == null && row.startSentAt() == null) {
            // a retryable refusal earlier: record before call again, then start
            tx.executeWithoutResult(s -> store.markStartSent(id, vendor.name(), clock.instant()));
            send(store.find(id).orElseThrow(), work);
            return;
        }
        if (row.accountId() == null) {
            followCreation(row, work);
        } else {
            followBaselines(row, work);
        }
    }

    private void followCreation(AccountRequest row, Work work) {
        String operationId = row.operationId();
        if (operationId == null) {
            // "start sent" but no id: the process died around the call. Ask, never start again.
            Optional<String> found;
            try {
                found = vendor.find(command(row));
            } catch (VendingException e) {
                log.warn("Account request {}: cannot ask the vendor for its operation: {}", row.id(), e.getMessage());
                return;
            }
            if (found.isEmpty()) {
                if (clock.instant().isAfter(row.startSentAt().plus(properties.startGrace()))) {
                    tx.executeWithoutResult(s -> fail(row, "START_UNCONFIRMED",
                            FailureReasons.plain("START_UNCONFIRMED", null), work));
                }
                return;
            }
            operationId = found.get();
            String recovered = operationId;
            tx.executeWithoutResult(s -> {
                store.setOperation(row.id(), recovered, clock.instant());
                store.addEvent(row.id(), "OPERATION", "Operation " + recovered + " found after a restart",
                        clock.instant());
            });
        }
        VendingProgress progress;
        try {
            progress = vendor.progress(operationId);
        } catch (VendingException e) {
            if (!e.retryable()) {
                tx.executeWithoutResult(s -> fail(row, e.code(), FailureReasons.plain(e.code(), e.getMessage()),
                        work));
            }
            return;
        }
        switch (progress.state()) {
            case IN_PROGRESS -> {
            }
            case FAILED -> tx.executeWithoutResult(s -> fail(row, progress.failureReason(),
                    FailureReasons.plain(progress.failureReason(), progress.message()), work));
            case SUCCEEDED -> {
                try {
                    vendor.place(progress.accountId(), command(row));
                } catch (VendingException e) {
                    if (!e.retryable()) {
                        tx.executeWithoutResult(s -> fail(row, e.code(), "Account " + progress.accountId()
                                + " was created but could not be placed in its OU: " + e.getMessage(), work));
                    }
                    return;
                }
                tx.executeWithoutResult(s -> {
                    store.setAccount(row.id(), progress.accountId(), clock.instant());
                    store.addEvent(row.id(), "ACCOUNT_CREATED", "Account " + progress.accountId() + " created in "
                            + row.organizationalUnitPath(), clock.instant());
                });
                work.refresh = true;
            }
        }
    }

    private void followBaselines(AccountRequest row, Work work) {
        for (AccountRequest.BaselineDeployment b : row.baselines()) {
            switch (b.state()) {
                case "SUCCEEDED" -> {
                    continue;
                }
                case "PENDING" -> {
                    String operationId = UUID.randomUUID().toString();
                    tx.executeWithoutResult(s -> store.setBaseline(row.id(), b.baselineId(), "STARTING", operationId,
                            null, clock.instant()));
                    deploy(row, b.baselineId(), b.stackSetName(), operationId, work);
                    return;
                }
                case "STARTING" -> {
                    deploy(row, b.baselineId(), b.stackSetName(), b.operationId(), work);
                    return;
                }
                case "RUNNING" -> {
                    BaselineDeployer.OperationProgress p;
                    try {
                        p = deployer.progress(b.stackSetName(), b.operationId());
                    } catch (VendingException e) {
                        if (!e.retryable()) {
                            tx.executeWithoutResult(s -> {
                                store.setBaseline(row.id(), b.baselineId(), "FAILED", b.operationId(), e.getMessage(),
                                        clock.instant());
                                fail(row, e.code(), "Baseline " + b.baselineId() + " failed: " + e.getMessage(), work);
                            });
                        }
                        return;
                    }
                    switch (p.state()) {
                        case RUNNING -> {
                            return;
                        }
                        case SUCCEEDED -> {
                            tx.executeWithoutResult(s -> {
                                store.setBaseline(row.id(), b.baselineId(), "SUCCEEDED", b.operationId(), null,
                                        clock.instant());
                                store.addEvent(row.id(), "BASELINE", "Baseline " + b.baselineId() + " deployed ("
                                        + b.stackSetName() + ")", clock.instant());
                            });
                            continue;
                        }
                        case FAILED, STOPPED -> {
                            String why = p.message() == null ? "the StackSet operation " + p.state().name()
                                    .toLowerCase() : p.message();
                            tx.executeWithoutResult(s -> {
                                store.setBaseline(row.id(), b.baselineId(), "FAILED", b.operationId(), why,
                                        clock.instant());
                                fail(row, "BASELINE_FAILED", "Baseline " + b.baselineId() + " failed: " + why, work);
                            });
                            return;
                        }
                    }
                }
                default -> {
                    return;
                }
            }
        }
        finish(row, work);
    }

    private void deploy(AccountRequest row, String baselineId, String stackSetName, String operationId, Work work) {
        try {
            deployer.deploy(stackSetName, row.accountId(), properties.baselineRegions(), operationId);
            tx.executeWithoutResult(s -> {
                store.setBaseline(row.id(), baselineId, "RUNNING", operationId, null, clock.instant());
                store.addEvent(row.id(), "BASELINE", "Deploying baseline " + baselineId + " to "
                        + String.join(", ", properties.baselineRegions()), clock.instant());
            });
        } catch (VendingException e) {
            if (!e.retryable()) {
                tx.executeWithoutResult(s -> {
                    store.setBaseline(row.id(), baselineId, "FAILED", operationId, e.getMessage(), clock.instant());
                    fail(row, e.code(), "Baseline " + baselineId + " failed: " + e.getMessage(), work);
                });
            }
        }
    }

    private void finish(AccountRequest row, Work work) {
        String budgetName = "skyway-" + row.accountName().replaceAll("[^A-Za-z0-9_-]", "-") + "-monthly";
        try {
            budgets.create(row.accountId(), budgetName, row.monthlyBudget(),
                    properties.budgets().notificationEmails());
        } catch (VendingException e) {
            if (!e.retryable()) {
                tx.executeWithoutResult(s -> fail(row, e.code(), "The budget could not be created: "
                        + e.getMessage(), work));
            }
            return;
        }
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            store.saveBudget(new AccountBudget(row.accountId(), row.id(), budgetName, row.monthlyBudget(), "USD", now));
            store.addEvent(row.id(), "BUDGET", "Monthly budget " + row.monthlyBudget().toPlainString()
                    + " USD recorded (" + budgetName + ")", now);
            store.setStatus(row.id(), AccountRequestStatus.PROVISIONED, null, now);
            store.addEvent(row.id(), "PROVISIONED", "Account " + row.accountId() + " is ready", now);
            events.publishEvent(new AccountVended(UUID.randomUUID().toString(), row.id(), row.accountId(),
                    row.accountName(), row.organizationalUnitId(), row.ownerTeam(), row.environment(),
                    row.requester(), system()));
        });
        work.finished++;
        notify(row, "Your AWS account " + row.accountName() + " is ready", "Account " + row.accountId() + " ("
                + row.accountName() + ") was created in " + row.organizationalUnitPath() + " with its baselines and a "
                + row.monthlyBudget().toPlainString() + " USD monthly budget.", work);
    }

    private void advanceClosing(UUID id, Work work) {
        AccountRequest row = tx.execute(s -> store.find(id).orElse(null));
        if (row == null || row.status() != AccountRequestStatus.CLOSING) {
            return;
        }
        if (row.operationId() == null) {
            // closing is idempotent: (re)send it
            if (row.startSentAt() == null) {
                tx.executeWithoutResult(s -> store.markStartSent(id, "closer", clock.instant()));
            }
            send(row, work);
            return;
        }
        String status = closer.status(row.targetAccountId());
        if ("SUSPENDED".equals(status)) {
            tx.executeWithoutResult(s -> {
                Instant now = clock.instant();
                store.setStatus(id, AccountRequestStatus.CLOSED, null, now);
                store.addEvent(id, "CLOSED", "Account " + row.targetAccountId() + " is suspended and moved to the "
                        + "Suspended OU", now);
                events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), id,
                        "accounts.account-closed", Map.of("accountId", row.targetAccountId()), system()));
            });
            work.refresh = true;
            work.finished++;
            notify(row, "AWS account " + row.accountName() + " is closed", "Account " + row.targetAccountId()
                    + " is suspended; AWS deletes it after 90 days.", work);
        }
    }

    private void fail(AccountRequest row, String code, String reason, Work work) {
        Instant now = clock.instant();
        store.fail(row.id(), code, reason, now);
        store.addEvent(row.id(), "FAILED", reason, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("reason", reason);
        events.publishEvent(new AccountRequestChanged(UUID.randomUUID().toString(), row.id(),
                "accounts.vending-failed", details, system()));
        work.finished++;
        notify(row, "Your account request failed: " + row.accountName(), reason, work);
    }

    private void notify(AccountRequest row, String subject, String body, Work work) {
        if (row.requesterEmail() != null) {
            work.notifications.add(Notification.of(List.of(row.requesterEmail()), subject, body
                    + "\n\nRequest: /account-requests/" + row.id()));
        }
    }

    /** What the vendor is asked to create for a request (its tags include owner team, cost center, environment). */
    public static VendingCommand command(AccountRequest row) {
        Map<String, String> tags = new LinkedHashMap<>(row.tags());
        tags.put(Account.OWNER_TEAM_TAG, row.ownerTeam());
        tags.put(Account.COST_CENTER_TAG, row.costCenter());
        tags.put(Account.ENVIRONMENT_TAG, row.environment());
        tags.put("skyway:request", row.id().toString());
        return new VendingCommand(row.accountName(), row.accountEmail(), row.organizationalUnitId(),
                row.organizationalUnitName(), row.ssoUserEmail(), row.ssoUserFirstName(), row.ssoUserLastName(),
                tags, row.idempotencyKey());
    }

    private static AuditActor system() {
        return AuditActor.of(PortalUser.SYSTEM);
    }
}
