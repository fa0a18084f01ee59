package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * A postmortem's sections as someone wrote them; {@link Postmortems#save} checks each.
 *
 * @param status  DRAFT (default) or PUBLISHED: completes the postmortem and closes the resolved incident
 * @param version the version that was read, to refuse overwriting someone else's save; null skips the check
 */
public record PostmortemDraft(@Nullable String summary, @Nullable String impact, @Nullable String timeline,
                              @Nullable String rootCauses, @Nullable String wentWell, @Nullable String wentBadly,
                              @Nullable String status, @Nullable Integer version) {
}
