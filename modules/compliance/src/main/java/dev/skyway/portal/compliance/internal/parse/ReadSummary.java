package dev.skyway.portal.compliance.internal.parse;

import java.util.Set;

/**
 * What reading a file found.
 *
 * @param findings findings handed over
 * @param skipped  findings left out on purpose (ASFF records Security Hub archived)
 * @param sources  the tools the findings came from, sorted
 * @param accounts the accounts they are about, sorted
 */
public record ReadSummary(FindingsFormat format, long findings, long skipped, Set<String> sources,
                          Set<String> accounts) {
}
