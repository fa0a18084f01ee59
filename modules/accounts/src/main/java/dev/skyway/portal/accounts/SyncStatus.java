package dev.skyway.portal.accounts;

import java.time.Instant;

/**
 * Where the inventory sync stands.
 *
 * @param state           never null
 * @param source          {@code sandbox} or {@code aws}; null before the first sync
 * @param startedAt       start of the last (or running) sync; may be null
 * @param finishedAt      end of the last sync; may be null
 * @param lastSucceededAt end of the last successful sync; may be null
 * @param message         the error of the last failed sync in the portal's words, or a summary; may be null
 * @param awsRequestId    AWS request id of the failed call, for AWS support; may be null
 * @param accounts        accounts stored by the last successful sync; may be null
 */
public record SyncStatus(State state, String source, Instant startedAt, Instant finishedAt, Instant lastSucceededAt,
                         String message, String awsRequestId, Integer accounts) {

    public enum State {
        NEVER, RUNNING, SUCCEEDED, FAILED
    }
}
