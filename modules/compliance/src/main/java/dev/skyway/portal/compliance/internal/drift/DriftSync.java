package dev.skyway.portal.compliance.internal.drift;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.SyncJob;

/**
 * The scheduled drift check of every stack, as a sync of the platform's runner ({@code compliance-drift}): its status
 * says when the stacks were last checked and how many drifted. Each check stores its own outcome as it ends.
 */
@Component
class DriftSync implements SyncJob<List<DriftCheck>> {

    static final String NAME = "compliance-drift";

    private final DriftService drift;
    private final AwsClientFactory aws;

    DriftSync(DriftService drift, AwsClientFactory aws) {
        this.drift = drift;
        this.aws = aws;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return aws.mode() == AwsMode.SANDBOX ? "sandbox" : "aws";
    }

    @Override
    public List<DriftCheck> fetch() {
        return drift.checkAll(aws.mode() == AwsMode.SANDBOX);
    }

    @Override
    public SyncOutcome store(List<DriftCheck> checks) {
        long drifted = checks.stream().filter(DriftCheck::drifted).count();
        long failed = checks.stream().filter(c -> DriftCheck.FAILED.equals(c.status())).count();
        return new SyncOutcome(checks.size(), checks.size() + " stacks checked: " + drifted + " drifted"
                + (failed == 0 ? "" : ", " + failed + " failed (see the drift page)"));
    }

    @Override
    public @Nullable SyncFailure explain(RuntimeException e) {
        return e instanceof org.springframework.security.access.AccessDeniedException
                ? new SyncFailure(e.getMessage(), null) : null;
    }
}
