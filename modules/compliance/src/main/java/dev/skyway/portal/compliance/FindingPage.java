package dev.skyway.portal.compliance;

import java.util.List;

/**
 * A page of findings, worst first (severity, then the latest seen).
 *
 * @param total how many match the query
 * @param scope which accounts the caller sees, in words (e.g. {@code all accounts}, {@code accounts of team payments})
 */
public record FindingPage(long total, List<Finding> items, String scope) {
}
