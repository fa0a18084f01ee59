package dev.skyway.portal.platform.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where one sync (see {@link SyncJob}) stands. A failed run keeps the time and item count of the last successful one.
 *
 * @param source          the source's name ({@code sandbox} or {@code aws}); absent before the first run
 * @param startedAt       start of the last (or running) run
 * @param finishedAt      end of the last run
 * @param lastSucceededAt end of the last successful run
 * @param message         the error of the last failed run in the portal's words, or a summary
 * @param awsRequestId    AWS request id of the failed call, for AWS support
 * @param items           how many items (products, accounts, ...) the last successful run stored
 */
public record SyncStatus(SyncState state, @Nullable String source, @Nullable Instant startedAt,
                         @Nullable Instant finishedAt, @Nullable Instant lastSucceededAt, @Nullable String message,
                         @Nullable String awsRequestId, @Nullable Integer items) {

    /** The status of a sync that has never run. */
    public static SyncStatus never() {
        return new SyncStatus(SyncState.NEVER, null, null, null, null, null, null, null);
    }
}
