package dev.skyway.portal.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.catalog.SyncStatus;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * One catalog sync: reads the whole catalog from the {@link ProductCatalogSource} and replaces the stored one in one
 * transaction (a failed sync leaves the previous catalog in place), recording the status before and after. Takes
 * the {@value #LOCK} ShedLock lock, so one sync runs at a time across threads and replicas.
 */
@Service
public class CatalogSync {

    static final String LOCK = "catalog-sync";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(CatalogSync.class);

    private final ProductCatalogSource source;
    private final CatalogWriter writer;
    private final SyncStatuses statuses;
    private final LockProvider locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CatalogSync(ProductCatalogSource source, CatalogWriter writer, SyncStatuses statuses, LockProvider locks,
                TransactionTemplate transactions, Clock clock) {
        this.source = source;
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
        transactions.executeWithoutResult(tx -> statuses.started(source.name(), clock.instant()));
        try {
            CatalogSnapshot snapshot = source.fetch();
            transactions.executeWithoutResult(tx -> {
                int products = writer.replace(snapshot);
                statuses.succeeded(clock.instant(), products, products + " products in "
                        + snapshot.portfolios().size() + " portfolios");
            });
            LOG.info("Catalog synced from {}: {} products", source.name(), snapshot.products().size());
        } catch (CatalogSourceException e) {
            LOG.warn("Catalog sync from {} failed (AWS request id {}): {}", source.name(), e.awsRequestId(),
                    e.getMessage());
            failed(e.getMessage(), e.awsRequestId());
        } catch (TemplateException e) {
            LOG.warn("Catalog sync from {} failed: {}", source.name(), e.getMessage());
            failed(e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.error("Catalog sync from {} failed unexpectedly", source.name(), e);
            failed("The sync failed unexpectedly (" + e.getClass().getSimpleName() + "); see the portal log at "
                    + Instant.now(clock), null);
        }
        return statuses.get();
    }

    private void failed(String message, String awsRequestId) {
        transactions.executeWithoutResult(tx -> statuses.failed(clock.instant(), message, awsRequestId));
    }
}
