package dev.skyway.portal.approvals;

import java.util.Optional;

/**
 * The extension point for change freezes: another module (incidents) tells whether a subject may be decided now.
 * Asked whenever a stage opens (a new submission, a resubmission, the next stage after an approval, a release); when
 * an implementation answers a hold, the stage opens {@code HELD} with that hold instead of asking its approvers,
 * until its holder releases it ({@link Approvals#releaseHolds}, {@link Approvals#releaseHeldStage}). Stages that are
 * open already are held with {@link Approvals#holdOpenStages}.
 *
 * <p>Implemented as a Spring bean by the module that freezes changes; with none deployed nothing is held. The
 * approvals module never depends on the implementer: it knows the hold only as a {@link StageHold}. Its methods run
 * in the transaction that opens or holds the stage.
 */
public interface ChangeFreezes {

    /**
     * @param subject    the subject whose stage opens
     * @param attributes its attributes ({@link SubjectAttributes#account()} is the account the change targets, absent
     *                   when it targets none yet)
     * @return the hold to put the stage on, or empty when the subject is not frozen
     */
    Optional<StageHold> holdFor(SubjectRef subject, SubjectAttributes attributes);

    /**
     * Whether {@code hold}'s holder lets this subject through although it freezes its account (e.g. the incident
     * commander released it): {@link Approvals#holdOpenStages} then leaves its stage open.
     */
    default boolean exempts(StageHold hold, SubjectRef subject) {
        return false;
    }

    /** Told after a stage was held because of this implementation's {@link #holdFor} answer (e.g. to record it). */
    default void held(HeldStage stage) {
    }
}
