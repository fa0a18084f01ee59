package dev.skyway.portal.cost;

/**
 * A recommendation cannot make this move from where it stands (e.g. reopening one that is done). The message says
 * why in the user's words; a 409 over HTTP.
 */
public class RecommendationTransitionException extends IllegalStateException {

    private final RecommendationStatus from;
    private final RecommendationAction action;

    public RecommendationTransitionException(RecommendationStatus from, RecommendationAction action, String message) {
        super(message);
        this.from = from;
        this.action = action;
    }

    public RecommendationStatus from() {
        return from;
    }

    public RecommendationAction action() {
        return action;
    }
}
