package dev.skyway.portal.compliance;

/**
 * Whose score a trend follows: the organization (every account), one account, a team's accounts or an OU's.
 *
 * @param value the account id, team or OU path; {@code ""} for the organization
 */
public record TrendScope(Kind kind, String value) {

    public static final TrendScope ORGANIZATION = new TrendScope(Kind.ORG, "");

    public enum Kind {
        ORG, ACCOUNT, TEAM, OU
    }
}
