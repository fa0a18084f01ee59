package dev.skyway.portal.catalog.api;

import dev.skyway.portal.approvals.StaleSubjectException;

/**
 * The {@code If-Match} header of a decision: the ETag of {@code GET /api/v1/requests/{id}} (the request's subject hash)
 * that the approver read. A decision must name the version it was made on; the header is required (no header and
 * {@code *} are 428, since {@code *} would mean "whatever is current"), and a weak or unknown ETag never matches (412).
 */
final class IfMatch {

    private IfMatch() {
    }

    /**
     * @return the version named by the header, without quotes
     * @throws Missing              when there is no header, an empty one, or {@code *}
     * @throws StaleSubjectException when the header is a weak ETag or a list (If-Match compares strongly, one version)
     */
    static String version(String header) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty() || value.equals("*")) {
            throw new Missing();
        }
        if (value.startsWith("W/") || value.contains(",")) {
            throw new StaleSubjectException();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The decision named no version: the API's 428 Precondition Required. */
    static final class Missing extends RuntimeException {

        Missing() {
            super("Send If-Match with the ETag of GET /api/v1/requests/{id}: the version of the request you reviewed");
        }
    }
}
