package dev.skyway.portal.platform.jobs;

/** Where a sync stands: never run, running, or how its last run ended. */
public enum SyncState {
    NEVER, RUNNING, SUCCEEDED, FAILED
}
