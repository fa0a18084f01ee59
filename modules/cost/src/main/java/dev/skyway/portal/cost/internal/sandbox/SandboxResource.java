package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A billable resource of the sandbox organization: where it runs, what meters it, how it is used, and the days it
 * exists ({@code activeFrom} to {@code activeUntil} inclusive, open-ended when absent). {@code size} is the instance
 * or database class where there is one; {@code tags} the Tags column's JSON object, absent for untagged resources.
 */
record SandboxResource(SandboxAccount account, AwsService service, String resourceId, String resourceName,
                       String resourceType, Region region, @Nullable String zone, @Nullable String size, Meter meter,
                       UsagePattern usage, LocalDate activeFrom, @Nullable LocalDate activeUntil,
                       @Nullable String tags, boolean savingsPlanEligible) {

    boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeUntil == null || !day.isAfter(activeUntil));
    }

    SandboxResource withTags(@Nullable String json) {
        return new SandboxResource(account, service, resourceId, resourceName, resourceType, region, zone, size,
                meter, usage, activeFrom, activeUntil, json, savingsPlanEligible);
    }

    SandboxResource activeBetween(LocalDate from, @Nullable LocalDate until) {
        return new SandboxResource(account, service, resourceId, resourceName, resourceType, region, zone, size,
                meter, usage, from, until, tags, savingsPlanEligible);
    }
}
