package dev.skyway.portal.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the commander corrects on an incident; absent fields stay as they are. Checked by {@link Incidents#edit}.
 *
 * @param startedAt when impact started: not in the future, not after the incident was detected
 * @param severity  SEV1 to SEV4
 */
public record IncidentEdit(@Nullable Instant startedAt, @Nullable String severity) {
}
