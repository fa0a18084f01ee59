package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What someone declaring an incident says about it; every field is checked by {@link Incidents#declare}.
 *
 * @param severity        SEV1 to SEV4
 * @param accountIds      affected AWS accounts (12 digits each); may be empty
 * @param status          TRIGGERED (default) or ACKNOWLEDGED, when the declarer is already on it
 * @param impactStartedAt when the impact began, if known (default: now)
 */
public record NewIncident(@Nullable String title, @Nullable String severity, @Nullable List<String> accountIds,
                          @Nullable String summary, @Nullable String status, @Nullable Instant impactStartedAt) {
}
