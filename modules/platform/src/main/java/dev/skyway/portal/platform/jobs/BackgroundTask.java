package dev.skyway.portal.platform.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A piece of work started on a background (virtual) thread, at most one run at a time per process. The owner
 * closes it when the application stops.
 */
public final class BackgroundTask implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final String name;
    private final Runnable work;
    private final ExecutorService executor;
    private final AtomicBoolean running = new AtomicBoolean();

    /** {@code name} names the thread and the log lines; {@code work} is what each run does. */
    public BackgroundTask(String name, Runnable work) {
        this.name = name;
        this.work = work;
        this.executor = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(name).factory());
    }

    /**
     * @param whenDone called on the background thread after the run (also after a failed one)
     * @return false when a run started here is still going (nothing new is started)
     */
    public boolean start(@Nullable Runnable whenDone) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Background task {} failed", name, e);
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

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
