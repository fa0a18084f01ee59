package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;

/**
 * A cost spike the generator put into the data on purpose, so detection can be checked against it: from
 * {@code firstDay} to {@code lastDay} (inclusive) the account's daily cost for the service is several times its
 * normal, driven by the named resource.
 */
public record InjectedAnomaly(LocalDate firstDay, LocalDate lastDay, String subAccountId, String serviceName,
                              String resourceId) {
}
