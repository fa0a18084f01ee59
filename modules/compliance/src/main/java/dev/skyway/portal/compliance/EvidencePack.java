package dev.skyway.portal.compliance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An evidence pack about to be written: which framework, over which accounts, under which file name. Made by
 * {@link ComplianceEvidence#plan}, which checks everything that could fail before a byte is sent.
 *
 * @param exportId    the pack's id, named in its manifest and in the audit-ledger entry recording the export
 * @param accountId   the scope's account, when one was asked for
 * @param team        the scope's owner team, when one was asked for
 * @param accounts    the scope's accounts; absent: every account
 * @param scope       the scope in words
 * @param fileName    e.g. {@code evidence-cis-3.0-team-payments-2026-12-03.zip}
 * @param requestedBy the exporting user's username
 */
public record EvidencePack(UUID exportId, Framework framework, @Nullable String accountId, @Nullable String team,
                           @Nullable Set<String> accounts, String scope, String fileName, String requestedBy,
                           Instant createdAt) {
}
