package dev.skyway.portal.compliance;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An attestation as submitted; every field is checked by the facade and named when wrong. Evidence is a link
 * ({@code evidenceUrl}, http or https) or an attached {@link EvidenceFile}, or both.
 *
 * @param accountId absent: every account (security and platform admins only)
 */
public record NewAttestation(@Nullable UUID frameworkId, @Nullable String requirementId, @Nullable String accountId,
                             @Nullable String statement, @Nullable String evidenceUrl,
                             @Nullable LocalDate validUntil) {
}
