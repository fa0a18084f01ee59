package dev.skyway.portal.catalog.api;

import java.time.Instant;

import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * The sync status as the API has always shown it: the platform's {@link SyncStatus} with its item count named
 * {@code products}.
 */
record SyncStatusJson(SyncState state, String source, Instant startedAt, Instant finishedAt, Instant lastSucceededAt,
                      String message, String awsRequestId, Integer products) {

    static SyncStatusJson of(SyncStatus s) {
        return new SyncStatusJson(s.state(), s.source(), s.startedAt(), s.finishedAt(), s.lastSucceededAt(),
                s.message(), s.awsRequestId(), s.items());
    }
}
