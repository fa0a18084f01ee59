package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * Which incidents a list shows and in what order; every field is optional and checked by {@link Incidents#list}.
 *
 * @param status    one status ({@code TRIGGERED} ... {@code CLOSED}) or {@code OPEN} (not yet resolved)
 * @param severity  SEV1 to SEV4
 * @param accountId an affected account (12 digits)
 * @param q         words of the title, or a reference such as {@code INC-42}
 * @param sort      {@code open} (default: open ones first, newest first), {@code newest}, {@code oldest} or
 *                  {@code severity} (worst first, then newest)
 */
public record IncidentFilter(@Nullable String status, @Nullable String severity, @Nullable String accountId,
                             @Nullable String q, @Nullable String sort) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null);
}
