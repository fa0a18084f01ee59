package dev.skyway.portal.provisioning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The requester sent a request back to the approvers after they asked for changes.
 *
 * @param revision  the approval revision it started (the original submission is 1)
 * @param actorName who resubmitted it (the requester's display name)
 * @param note      the requester's answer to the approver; absent when none was given (an edit speaks for itself)
 */
public record RequestResubmission(int revision, Instant at, String actorName, @Nullable String note) {
}
