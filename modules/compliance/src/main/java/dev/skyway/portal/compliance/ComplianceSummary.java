package dev.skyway.portal.compliance;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The security home's numbers: each framework's score over the accounts the caller sees, and the score over all
 * controls per account, team and OU (worst first).
 *
 * @param scope the accounts the caller sees, in words
 */
public record ComplianceSummary(List<FrameworkEntry> frameworks, List<ScopeEntry> accounts, List<ScopeEntry> teams,
                                List<ScopeEntry> ous, String scope) {

    public record FrameworkEntry(UUID id, String name, ScoreCounts counts) {
    }

    /** @param key an account id, a team or an OU path; {@code name} is the account's name where known */
    public record ScopeEntry(String key, @Nullable String name, ScoreCounts counts) {
    }
}
