package dev.skyway.portal.compliance.internal.drift;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.skyway.portal.provisioning.ResourceDrifts;
import dev.skyway.portal.provisioning.StackDriftState;

/** Provisioning's drift extension point: the last finished check of each resource's stack, for its badges. */
@Component
class ComplianceResourceDrifts implements ResourceDrifts {

    private final DriftRows rows;

    ComplianceResourceDrifts(DriftRows rows) {
        this.rows = rows;
    }

    @Override
    public Map<UUID, StackDriftState> lastChecks(Collection<UUID> resourceIds) {
        Map<UUID, StackDriftState> out = new HashMap<>();
        for (DriftCheck check : rows.lastFinished(resourceIds)) {
            if (check.resourceId() != null) {
                out.put(check.resourceId(), new StackDriftState(check.stackDriftStatus() == null
                        ? (DriftCheck.FAILED.equals(check.status()) ? "UNKNOWN" : "NOT_CHECKED")
                        : check.stackDriftStatus(), check.driftedResources() == null ? 0 : check.driftedResources(),
                        check.finishedAt()));
            }
        }
        return out;
    }
}
