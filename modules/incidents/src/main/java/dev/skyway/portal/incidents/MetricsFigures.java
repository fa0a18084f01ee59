package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * How fast incidents were handled, as means in whole seconds over the incidents that reached each step (null when
 * none did): MTTD = detected − impact started, MTTA = acknowledged − detected, MTTM = mitigated − detected,
 * MTTR = resolved − detected.
 *
 * @param key what the figures are of: a severity, a team, a month ({@code 2026-10}); {@code all} for the whole range
 */
public record MetricsFigures(String key, int count, @Nullable Long mttdSeconds, @Nullable Long mttaSeconds,
                             @Nullable Long mttmSeconds, @Nullable Long mttrSeconds) {
}
