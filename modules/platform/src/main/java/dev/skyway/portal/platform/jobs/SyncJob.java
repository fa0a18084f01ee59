package dev.skyway.portal.platform.jobs;

import org.jspecify.annotations.Nullable;

/**
 * What one module's sync does, for the {@link SyncRunner}: read everything from the source (AWS or the sandbox), then
 * replace the stored copy. The runner takes the lock, records the status and logs; the job only knows its data.
 *
 * @param <T> what {@link #fetch()} reads (a snapshot of the source)
 */
public interface SyncJob<T> {

    /** The sync's name, e.g. {@code catalog}: the key of its status and of its lock. */
    String name();

    /** The source's name ({@code sandbox} or {@code aws}), shown with the status. */
    String source();

    /** Reads the source, outside any transaction (AWS calls may take long). */
    T fetch();

    /**
     * Replaces the stored copy with {@code fetched}, in the transaction that also records the success (a failure
     * rolls both back, so the previous copy stays).
     */
    SyncOutcome store(T fetched);

    /**
     * Translates an exception of {@link #fetch()} or {@link #store} into the portal's words.
     *
     * @return absent when {@code e} is not a failure this job knows (the runner then reports an unexpected failure
     *         and logs the stack trace)
     */
    @Nullable SyncFailure explain(RuntimeException e);

    /** What a successful run stored: {@code items} counted, {@code message} a summary for the status. */
    record SyncOutcome(int items, String message) {
    }

    /** Why a run failed, in the portal's words. */
    record SyncFailure(String message, @Nullable String awsRequestId) {
    }
}
