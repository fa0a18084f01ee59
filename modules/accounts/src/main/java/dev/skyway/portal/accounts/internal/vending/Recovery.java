package dev.skyway.portal.accounts.internal.vending;

/**
 * What {@link AccountVendor#find} learnt about a start whose outcome is unknown. Only {@link Found} lets vending go
 * on; the others never lead to a second start: {@link NotFound} is asked again until the start grace ends,
 * {@link Ambiguous} needs an operator at once.
 */
public sealed interface Recovery {

    /** Plain words for the request's page: what was looked for and what was found. */
    String explanation();

    /** The operation that creates this command's account (its {@code car-...} or record id). */
    record Found(String operationId, String explanation) implements Recovery {
    }

    /** Nothing matches (yet): AWS may still be creating the account, or the start never arrived. */
    record NotFound(String explanation) implements Recovery {
    }

    /** Several candidates, or one that cannot be tied to its creation: a person must decide. */
    record Ambiguous(String explanation) implements Recovery {
    }
}
