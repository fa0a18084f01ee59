/**
 * Running work off the request thread and on a schedule: one background run at a time per task, so the UI never
 * waits for AWS; {@link dev.skyway.portal.platform.jobs.PeriodicJob}s, scheduled on every replica and run once per
 * interval across them (ShedLock plus the last start in {@code platform.periodic_job}); and the sync kit every "copy
 * from AWS on a schedule and on demand" uses: a module describes its {@link dev.skyway.portal.platform.jobs.SyncJob},
 * the {@link dev.skyway.portal.platform.jobs.SyncRunner} locks, runs and records its
 * {@link dev.skyway.portal.platform.jobs.SyncStatus} in {@code platform.sync_status}.
 */
@org.springframework.modulith.NamedInterface("jobs")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.jobs;
