package dev.skyway.portal.compliance.internal.aws;

/**
 * A finding {@code BatchUpdateFindings} did not update ({@code UnprocessedFindings}).
 *
 * @param errorCode e.g. {@code FindingNotFound}, {@code ConcurrentUpdateError}
 */
public record HubUnprocessedFinding(HubFindingRef finding, String errorCode, String errorMessage) {
}
