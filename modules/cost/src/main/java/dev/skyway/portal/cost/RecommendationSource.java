package dev.skyway.portal.cost;

/** Where savings recommendations come from; each source's set is refreshed as a whole. */
public enum RecommendationSource {
    /** The sandbox organization's generator. */
    SANDBOX("the sandbox"),
    /** Cost Explorer's EC2 rightsizing ({@code GetRightsizingRecommendation}). */
    RIGHTSIZING("Cost Explorer rightsizing"),
    /** Cost Explorer's Savings Plans purchase recommendations. */
    SAVINGS_PLANS("Cost Explorer Savings Plans");

    private final String label;

    RecommendationSource(String label) {
        this.label = label;
    }

    /** What people read, e.g. {@code Cost Explorer rightsizing}. */
    public String label() {
        return label;
    }
}
