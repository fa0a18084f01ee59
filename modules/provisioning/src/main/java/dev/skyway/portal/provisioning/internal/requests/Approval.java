package dev.skyway.portal.provisioning.internal.requests;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request's link to the approval engine.
 *
 * @param subjectHash the version approvers decide on (the API's ETag; {@link SubjectHashes}); changes with each edit
 * @param processId   the approval process; absent only in the moment before the request was submitted
 */
public record Approval(String subjectHash, @Nullable UUID processId) {
}
