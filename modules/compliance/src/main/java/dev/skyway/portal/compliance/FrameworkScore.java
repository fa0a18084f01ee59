package dev.skyway.portal.compliance;

import java.util.List;
import java.util.UUID;

/**
 * A framework's score in a scope, with every requirement's status.
 *
 * @param scope the accounts scored, in words
 */
public record FrameworkScore(UUID frameworkId, String name, String scope, ScoreCounts counts,
                             List<RequirementResult> requirements) {
}
