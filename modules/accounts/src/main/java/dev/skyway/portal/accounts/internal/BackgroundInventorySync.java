package dev.skyway.portal.accounts.internal;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.BackgroundTask;

/** Starts an inventory sync in the background (one at a time per process), so callers such as the UI never wait for AWS. */
@Component
public class BackgroundInventorySync {

    private final BackgroundTask task;

    BackgroundInventorySync(AccountsSync sync) {
        this.task = new BackgroundTask("accounts-sync", sync::run);
    }

    /**
     * @param whenDone called on the background thread after the sync (also after a failed one); may be null
     * @return false when a sync started here is still running (nothing new is started)
     */
    public boolean start(Runnable whenDone) {
        return task.start(whenDone);
    }

    public boolean running() {
        return task.running();
    }

    @PreDestroy
    void stop() {
        task.close();
    }
}
