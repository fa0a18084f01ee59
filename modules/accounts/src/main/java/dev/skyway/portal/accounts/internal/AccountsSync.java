package dev.skyway.portal.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.accounts.SyncStatus;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * One inventory sync: reads the whole organization from the {@link OrganizationDirectory} and replaces the stored
 * inventory in one transaction (a failed sync leaves the previous inventory in place), recording the status before
 * and after. Takes the {@value #LOCK} ShedLock lock, so one sync runs at a time across threads and replicas.
 */
@Service
public class AccountsSync {

    static final String LOCK = "accounts-sync";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(AccountsSync.class);

    private final OrganizationDirectory directory;
    private final InventoryWriter writer;
    private final InventorySyncStatuses statuses;
    private final LockProvider locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountsSync(OrganizationDirectory directory, InventoryWriter writer, InventorySyncStatuses statuses, LockProvider locks,
                 TransactionTemplate transactions, Clock clock) {
        this.directory = directory;
        this.writer = writer;
        this.statuses = statuses;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Syncs on the calling thread (AWS calls included: never call this from a UI thread). When another sync holds
     * the lock, returns at once with the current status (state RUNNING).
     */
    public SyncStatus run() {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST,
                Duration.ZERO));
        if (lock.isEmpty()) {
            return statuses.get();
        }
        try {
            return syncLocked();
        } finally {
            lock.get().unlock();
        }
    }

    private SyncStatus syncLocked() {
        transactions.executeWithoutResult(tx -> statuses.started(directory.name(), clock.instant()));
        try {
            OrganizationSnapshot snapshot = directory.read();
            transactions.executeWithoutResult(tx -> {
                int accounts = writer.replace(snapshot);
                statuses.succeeded(clock.instant(), accounts, accounts + " accounts in "
                        + snapshot.units().size() + " organizational units");
            });
            LOG.info("Account inventory synced from {}: {} accounts", directory.name(), snapshot.accounts().size());
        } catch (DirectoryException e) {
            LOG.warn("Account inventory sync from {} failed (AWS request id {}): {}", directory.name(),
                    e.awsRequestId(), e.getMessage());
            failed(e.getMessage(), e.awsRequestId());
        } catch (RuntimeException e) {
            LOG.error("Account inventory sync from {} failed unexpectedly", directory.name(), e);
            failed("The sync failed unexpectedly (" + e.getClass().getSimpleName() + "); see the portal log at "
                    + clock.instant(), null);
        }
        return statuses.get();
    }

    private void failed(String message, String awsRequestId) {
        transactions.executeWithoutResult(tx -> statuses.failed(clock.instant(), message, awsRequestId));
    }
}
