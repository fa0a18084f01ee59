package dev.skyway.portal.cost.internal.savings;

import dev.skyway.portal.cost.RecommendationSource;

/**
 * What one refresh of a source changed.
 *
 * @param refreshed existing ones whose figures changed (their status is kept)
 * @param dismissed open ones the source no longer recommends
 * @param reopened  ones dismissed because they had vanished, recommended again
 */
public record RecommendationSync(RecommendationSource source, int created, int refreshed, int dismissed,
                                 int reopened) {

    public boolean changedAnything() {
        return created + refreshed + dismissed + reopened > 0;
    }
}
