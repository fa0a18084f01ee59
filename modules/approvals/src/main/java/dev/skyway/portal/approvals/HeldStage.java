package dev.skyway.portal.approvals;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stage that was held or released by a change freeze, as its holder learns about it.
 *
 * @param account the account the subject targets ({@link SubjectAttributes#account()}), absent when none
 * @param hold    the hold it is under (for a release: the hold it was under)
 */
public record HeldStage(UUID stageId, UUID processId, SubjectRef subject, String stageName,
                        @Nullable String account, StageHold hold) {
}
