package dev.skyway.portal.accounts.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Starts a sync on a background thread (one at a time per process), so callers such as the UI never wait for AWS. */
@Component
public class BackgroundInventorySync {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundInventorySync.class);

    private final AccountsSync sync;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("accounts-sync").factory());
    private final AtomicBoolean running = new AtomicBoolean();

    BackgroundInventorySync(AccountsSync sync) {
        this.sync = sync;
    }

    /**
     * @param whenDone called on the background thread after the sync (also after a failed one); may be null
     * @return false when a sync started here is still running (nothing new is started)
     */
    public boolean start(Runnable whenDone) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        executor.execute(() -> {
            try {
                sync.run();
            } catch (RuntimeException e) {
                LOG.error("Background inventory sync failed", e);
            } finally {
                running.set(false);
                if (whenDone != null) {
                    whenDone.run();
                }
            }
        });
        return true;
    }

    public boolean running() {
        return running.get();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
