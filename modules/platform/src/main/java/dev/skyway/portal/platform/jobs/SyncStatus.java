package dev.skyway.portal.platform.jobs;

import java.time.Instant;

/**
 * Where one sync (see {@link SyncJob}) stands. A failed run keeps the time and item count of the last successful one.
 *
 * @param state           never null
 * @param source          the source's name ({@code sandbox} or {@code aws}); null before the first run
 * @param startedAt       start of the last (or running) run; may be null
 * @param finishedAt      end of the last run; may be null
 * @param lastSucceededAt end of the last successful run; may be null
 * @param message         the error of the last failed run in the portal's words, or a summary; may be null
 * @param awsRequestId    AWS request id of the failed call, for AWS support; may be null
 * @param items           how many items (products, accounts, ...) the last successful run stored; may be null
 */
public record SyncStatus(SyncState state, String source, Instant startedAt, Instant finishedAt,
                         Instant lastSucceededAt, String message, String awsRequestId, Integer items) {

    /** The status of a sync that has never run. */
    public static SyncStatus never() {
        return new SyncStatus(SyncState.NEVER, null, null, null, null, null, null, null);
    }
}
