package dev.skyway.portal.cost;

/** What people do with a savings recommendation, with the audit ledger's name for each. */
public enum RecommendationAction {
    ACCEPT(RecommendationStatus.ACCEPTED, "cost.recommendation.accepted"),
    DONE(RecommendationStatus.DONE, "cost.recommendation.done"),
    DISMISS(RecommendationStatus.DISMISSED, "cost.recommendation.dismissed"),
    REOPEN(RecommendationStatus.OPEN, "cost.recommendation.reopened");

    private final RecommendationStatus target;
    private final String auditAction;

    RecommendationAction(RecommendationStatus target, String auditAction) {
        this.target = target;
        this.auditAction = auditAction;
    }

    /** The status it leads to. */
    public RecommendationStatus target() {
        return target;
    }

    public String auditAction() {
        return auditAction;
    }
}
