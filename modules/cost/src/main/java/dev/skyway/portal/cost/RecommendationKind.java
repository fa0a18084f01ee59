package dev.skyway.portal.cost;

/** What a savings recommendation asks for. */
public enum RecommendationKind {
    /** Move an instance to a smaller or cheaper type. */
    RIGHTSIZE,
    /** Stop an idle instance. */
    TERMINATE,
    /** Buy a Savings Plan commitment for an account's (or the organization's) compute. */
    SAVINGS_PLAN
}
