package dev.skyway.portal.compliance.internal.drops;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * The drop job as security and platform admins see it: its last run's status, the files it took lately with their
 * imports, and a run now (in the background).
 */
@Component
public class DropSchedule {

    private final SyncRunner runner;
    private final FindingDrops drops;
    private final DroppedFiles files;
    private final CurrentUser currentUser;

    DropSchedule(SyncRunner runner, FindingDrops drops, DroppedFiles files, CurrentUser currentUser) {
        this.runner = runner;
        this.drops = drops;
        this.files = files;
        this.currentUser = currentUser;
    }

    public boolean mayView() {
        return currentUser.find().map(u -> u.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)).orElse(false);
    }

    public SyncStatus status() {
        return runner.status(FindingDrops.NAME);
    }

    public boolean runningHere() {
        return runner.running(FindingDrops.NAME);
    }

    /** Where files are dropped; absent when no location is set. */
    public Optional<String> where() {
        return drops.where();
    }

    /** @throws AccessDeniedException unless {@link #mayView()} */
    public List<DroppedFiles.Taken> recent(int limit) {
        check();
        return files.recent(Math.clamp(limit, 1, 200));
    }

    /** @throws AccessDeniedException unless {@link #mayView()} */
    public void start() {
        check();
        runner.start(drops, null);
    }

    private void check() {
        if (!mayView()) {
            throw new AccessDeniedException("The findings drops are for security and platform admins");
        }
    }
}
