package dev.skyway.portal.accounts;

import java.time.Instant;

/**
 * One step in an account request's life, for its timeline.
 *
 * @param kind one of {@link Kind}, by name (as stored and shown)
 */
public record TimelineEntry(Instant at, String kind, String message) {

    public static TimelineEntry of(Instant at, Kind kind, String message) {
        return new TimelineEntry(at, kind.name(), message);
    }

    /** What a timeline entry records: the one list of the names stored, shown and returned by the API. */
    public enum Kind {
        SUBMITTED, RESUBMITTED, APPROVED, REJECTED, CHANGES_REQUESTED, QUEUED, REORDERED, CANCELLED,
        /** Vending (or closing) started: the vendor's start call is about to be sent. */
        STARTED,
        /** The vendor's operation id, once known (or found again after an unconfirmed start). */
        OPERATION,
        /** The start call's outcome is unknown: the next pass asks the vendor, never starts again. */
        UNCONFIRMED,
        /** AWS refused the start before doing anything (e.g. throttling): started again next pass. */
        RETRY,
        ACCOUNT_CREATED, BASELINE, BUDGET, PROVISIONED, FAILED, NEEDS_OPERATOR, CLOSED
    }
}
