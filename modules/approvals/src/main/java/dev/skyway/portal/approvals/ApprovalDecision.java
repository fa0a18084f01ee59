package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.identity.UserKey;

/**
 * A recorded decision.
 *
 * @param actor         the deciding person's username, for display; {@code actorKey} says who it was
 * @param onBehalfOf    username of the approver the actor stood in for (delegation); absent when the actor decided
 *                      for themself; {@code onBehalfOfKey} says who it was
 * @param comment       the reason for rejections and change requests; optional on approvals
 */
public record ApprovalDecision(UUID id, UUID processId, UUID taskId, SubjectRef subject, String stage,
                               DecisionOutcome outcome, UserKey actorKey, String actor, String actorName,
                               @Nullable UserKey onBehalfOfKey, @Nullable String onBehalfOf, @Nullable String comment,
                               String subjectHash, Instant decidedAt) {

    /** "X on behalf of Y", or just X. */
    public String actorLabel() {
        return onBehalfOf == null ? actor : actor + " on behalf of " + onBehalfOf;
    }
}
