package dev.skyway.portal.compliance.internal.sync;

import java.util.List;

import dev.skyway.portal.platform.jobs.SyncJob;

/** The syncs AWS mode runs (Security Hub; Config when an aggregator is named); none in the sandbox. */
public record AwsComplianceSyncs(List<SyncJob<?>> jobs) {

    public AwsComplianceSyncs {
        jobs = List.copyOf(jobs);
    }
}
