package dev.skyway.portal.compliance.internal.sync;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.skyway.portal.compliance.internal.aws.FindingsApi;

/**
 * What the compliance module reads in AWS mode ({@code portal.compliance.aws.*}); ignored in the sandbox.
 *
 * @param region           Security Hub's aggregation Region (the delegated administrator's home Region) and the
 *                         Config aggregator's; default the portal's {@code portal.aws.region}
 * @param findingsApi      {@code ASFF} ({@code GetFindings}, default) or {@code OCSF} ({@code GetFindingsV2})
 * @param configAggregator the Config configuration aggregator's name; without it the Config sync is off
 * @param syncInterval     how often findings and controls are pulled; default one hour
 * @param syncInitialDelay the first pull after start; default 2 minutes
 * @param scheduledSync    false turns the schedule off (the sync then never runs); default true
 * @param memberRoleName   the role the portal assumes in member accounts to check their stacks' drift; absent: the
 *                         portal's own credentials (a single-account setup)
 */
@ConfigurationProperties("portal.compliance.aws")
public record ComplianceAwsProperties(@Nullable String region, @Nullable FindingsApi findingsApi,
                                      @Nullable String configAggregator, @Nullable Duration syncInterval,
                                      @Nullable Boolean scheduledSync, @Nullable String memberRoleName,
                                      @Nullable Duration syncInitialDelay) {

    public ComplianceAwsProperties {
        region = region == null || region.isBlank() ? null : region.strip();
        findingsApi = findingsApi == null ? FindingsApi.ASFF : findingsApi;
        configAggregator = configAggregator == null || configAggregator.isBlank() ? null : configAggregator.strip();
        syncInterval = syncInterval == null ? Duration.ofHours(1) : syncInterval;
        scheduledSync = scheduledSync == null || scheduledSync;
        memberRoleName = memberRoleName == null || memberRoleName.isBlank() ? null : memberRoleName.strip();
        syncInitialDelay = syncInitialDelay == null ? Duration.ofMinutes(2) : syncInitialDelay;
    }
}
