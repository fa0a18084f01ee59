package dev.skyway.portal.provisioning;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Extension point for the compliance module: whether the stacks behind provisioned products drifted from their
 * templates, as its last drift check found. Provisioning does not depend on compliance: without an implementation the
 * views show no drift badge at all (not "in sync").
 */
public interface ResourceDrifts {

    /** The last finished drift check of each of these resources' stacks; never-checked ones are left out. */
    Map<UUID, StackDriftState> lastChecks(Collection<UUID> resourceIds);
}
