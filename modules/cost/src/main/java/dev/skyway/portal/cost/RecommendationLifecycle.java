package dev.skyway.portal.cost;

import static dev.skyway.portal.cost.RecommendationStatus.ACCEPTED;
import static dev.skyway.portal.cost.RecommendationStatus.DISMISSED;
import static dev.skyway.portal.cost.RecommendationStatus.DONE;
import static dev.skyway.portal.cost.RecommendationStatus.OPEN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The moves of one savings recommendation: the only code that decides its next status. Each checks where the
 * recommendation stands and refuses a move that is not allowed from there ({@link RecommendationTransitionException});
 * the store persists the {@link RecommendationTransition} it returns. Nothing here reads the database.
 *
 * <pre>
 * OPEN      → ACCEPTED (accept) | DISMISSED (dismiss, with a reason)
 * ACCEPTED  → DONE (done) | DISMISSED (dismiss) | OPEN (reopen)
 * DISMISSED → OPEN (reopen)
 * DONE      is final: its realized savings are being measured
 * </pre>
 */
public final class RecommendationLifecycle {

    /** The longest dismissal reason (the column's size). */
    public static final int MAX_REASON = 2000;

    private static final Map<RecommendationStatus, Set<RecommendationAction>> ALLOWED = Map.of(
            OPEN, EnumSet.of(RecommendationAction.ACCEPT, RecommendationAction.DISMISS),
            ACCEPTED, EnumSet.of(RecommendationAction.DONE, RecommendationAction.DISMISS, RecommendationAction.REOPEN),
            DISMISSED, EnumSet.of(RecommendationAction.REOPEN),
            DONE, EnumSet.noneOf(RecommendationAction.class));

    private final RecommendationStatus status;

    public RecommendationLifecycle(RecommendationStatus status) {
        this.status = status;
    }

    /** The moves allowed from here, in the order the UI offers them. */
    public Set<RecommendationAction> allowed() {
        return EnumSet.copyOf(ALLOWED.get(status)); // the values are EnumSets, so an empty one copies too
    }

    public boolean allows(RecommendationAction action) {
        return ALLOWED.get(status).contains(action);
    }

    /** Someone will do it. */
    public RecommendationTransition accept() {
        return move(RecommendationAction.ACCEPT, null);
    }

    /** It was done today: realized savings are measured from here on. */
    public RecommendationTransition done() {
        return move(RecommendationAction.DONE, null);
    }

    /**
     * Not worth doing.
     *
     * @throws InvalidCostQueryException when the reason is blank or longer than {@value #MAX_REASON} characters
     */
    public RecommendationTransition dismiss(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            InvalidCostQueryException.throwIfAny(Map.of("reason", "is required to dismiss a recommendation"));
        }
        if (why.length() > MAX_REASON) {
            InvalidCostQueryException.throwIfAny(Map.of("reason", "must be at most " + MAX_REASON + " characters"));
        }
        return move(RecommendationAction.DISMISS, why);
    }

    /** Back to open: an accepted one that will not be done after all, or a dismissed one worth another look. */
    public RecommendationTransition reopen() {
        return move(RecommendationAction.REOPEN, null);
    }

    private RecommendationTransition move(RecommendationAction action, @Nullable String reason) {
        if (!allows(action)) {
            throw new RecommendationTransitionException(status, action, "This recommendation is " + status
                    + " and cannot be " + verb(action) + (status == DONE ? ": done is final" : ""));
        }
        return new RecommendationTransition(action, status, action.target(), reason);
    }

    private static String verb(RecommendationAction action) {
        return switch (action) {
            case ACCEPT -> "accepted";
            case DONE -> "marked done";
            case DISMISS -> "dismissed";
            case REOPEN -> "reopened";
        };
    }
}
