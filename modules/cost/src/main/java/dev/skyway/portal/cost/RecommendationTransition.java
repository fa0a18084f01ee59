package dev.skyway.portal.cost;

import org.jspecify.annotations.Nullable;

/**
 * One allowed move of a recommendation, as {@link RecommendationLifecycle} returned it for the store to persist.
 *
 * @param reason why it was dismissed; absent for the other moves (a reopened recommendation loses its old reason)
 */
public record RecommendationTransition(RecommendationAction action, RecommendationStatus from,
                                       RecommendationStatus to, @Nullable String reason) {

    /** Whether realized savings start being measured from this move's day. */
    public boolean startsMeasuring() {
        return to == RecommendationStatus.DONE;
    }
}
