package dev.skyway.portal.catalog;

import java.time.Instant;

/**
 * Where the catalog sync stands.
 *
 * @param state           never null
 * @param source          {@code sandbox} or {@code aws}; null before the first sync
 * @param startedAt       start of the last (or running) sync; may be null
 * @param finishedAt      end of the last sync; may be null
 * @param lastSucceededAt end of the last successful sync; may be null
 * @param message         the error of the last failed sync in the portal's words, or a summary; may be null
 * @param awsRequestId    AWS request id of the failed call, for AWS support; may be null
 * @param products        products stored by the last successful sync; may be null
 */
public record SyncStatus(State state, String source, Instant startedAt, Instant finishedAt, Instant lastSucceededAt,
                         String message, String awsRequestId, Integer products) {

    public enum State {
        NEVER, RUNNING, SUCCEEDED, FAILED
    }
}
