package dev.skyway.portal.compliance.internal.drift;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * The check of every stack as the platform's sync runner keeps it ({@code compliance-drift}): when it last ran and
 * what it found; security and platform admins start one now (in the background).
 */
@Component
public class DriftSchedule {

    private final SyncRunner runner;
    private final DriftSync sync;
    private final CurrentUser currentUser;

    DriftSchedule(SyncRunner runner, DriftSync sync, CurrentUser currentUser) {
        this.runner = runner;
        this.sync = sync;
        this.currentUser = currentUser;
    }

    public SyncStatus status() {
        return runner.status(DriftSync.NAME);
    }

    public boolean runningHere() {
        return runner.running(DriftSync.NAME);
    }

    public boolean mayStart() {
        return currentUser.find().map(u -> u.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)).orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #mayStart()} */
    public void start() {
        if (!mayStart()) {
            throw new AccessDeniedException("Checking every stack is for security and platform admins");
        }
        runner.start(sync, null);
    }
}
