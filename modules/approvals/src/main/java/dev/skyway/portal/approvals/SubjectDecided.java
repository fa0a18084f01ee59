package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditActor;

/**
 * The one event a subject module listens to: the approval engine's verdict on a subject, whichever it is. It is
 * published as {@link SubjectApproved}, {@link SubjectRejected} or {@link ChangesRequested} (each with its own audit
 * action and the details only it has: the rule that approved, the stage that rejected, the requester asked to
 * change); a subject module handles them in one listener and switches on {@link #verdict()} (or on the type, which
 * the compiler checks for completeness):
 *
 * <pre>{@code
 * @ApplicationModuleListener
 * void on(SubjectDecided event) {
 *     event.subjectUuid(SUBJECT_TYPE).flatMap(store::lock).filter(row -> row.awaitsVerdictOn(event.subjectHash()))
 *             .ifPresent(row -> {
 *                 switch (event.verdict()) {
 *                     case APPROVED -> ...;
 *                     case REJECTED -> ...;          // event.comment() is the reason
 *                     case CHANGES_REQUESTED -> ...; // event.comment() says what to change
 *                 }
 *             });
 * }
 * }</pre>
 *
 * A verdict binds to the subject version {@link #subjectHash()} the approvers saw: a module ignores a verdict on
 * another version (the requester edited it since) and one it already handled (events may be delivered again).
 */
public sealed interface SubjectDecided permits SubjectApproved, SubjectRejected, ChangesRequested {

    /** What the engine decided about the subject as a whole. */
    enum Verdict {
        /** Every stage approved, or a rule approved it at once: proceed with exactly this version. */
        APPROVED,
        /** An approver rejected it; the process is over. */
        REJECTED,
        /** An approver sent it back; the requester edits it and the subject module resubmits it. */
        CHANGES_REQUESTED
    }

    Verdict verdict();

    UUID processId();

    /** The kind of subject, as submitted in its {@link SubjectRef}: listeners filter on it. */
    String subjectType();

    String subjectId();

    /** The subject version decided on. */
    String subjectHash();

    /** Why: the rejection's reason or the changes asked for; absent for an approval. */
    @Nullable String comment();

    Instant decidedAt();

    /** Who decided: the approver of the last stage, or the system for a rule's automatic approval. */
    AuditActor auditActor();

    /**
     * The subject id as a UUID when this verdict is about a subject of {@code subjectType} (modules whose subject ids
     * are UUIDs); empty for other subject types and for ids that are no UUID.
     */
    default Optional<UUID> subjectUuid(String subjectType) {
        if (!subjectType.equals(subjectType())) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subjectId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
