package dev.skyway.portal.cost;

/**
 * Where a savings recommendation stands. Only {@link RecommendationLifecycle} moves it:
 * {@code OPEN → ACCEPTED | DISMISSED}, {@code ACCEPTED → DONE | DISMISSED | OPEN}, {@code DISMISSED → OPEN};
 * {@code DONE} is final.
 */
public enum RecommendationStatus {
    /** Recommended and not yet decided. */
    OPEN,
    /** Someone said it will be done. */
    ACCEPTED,
    /** Done on a day: its realized savings are measured from the cost after that day. */
    DONE,
    /** Not worth doing (with a reason), or no longer recommended by its source. */
    DISMISSED
}
