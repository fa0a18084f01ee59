package dev.skyway.portal.catalog.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * The sync status as the API has always shown it: the platform's {@link SyncStatus} with its item count named
 * {@code products}.
 */
record SyncStatusJson(SyncState state, @Nullable String source, @Nullable Instant startedAt,
                      @Nullable Instant finishedAt, @Nullable Instant lastSucceededAt, @Nullable String message,
                      @Nullable String awsRequestId, @Nullable Integer products) {

    static SyncStatusJson of(SyncStatus s) {
        return new SyncStatusJson(s.state(), s.source(), s.startedAt(), s.finishedAt(), s.lastSucceededAt(),
                s.message(), s.awsRequestId(), s.items());
    }
}
