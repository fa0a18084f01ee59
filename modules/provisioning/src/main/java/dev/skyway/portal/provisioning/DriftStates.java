package dev.skyway.portal.provisioning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Drift of provisioned products' stacks as far as the compliance module ({@link ResourceDrifts}) knows. Without it,
 * or when it fails, nothing is known (empty): drift must not block "My resources".
 */
@Service
public class DriftStates {

    /** Where the drift of one resource is shown in full (the compliance module's drift page). */
    public static String pageOf(UUID resourceId) {
        return "compliance/drift?requestId=" + resourceId;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DriftStates.class);

    private final ObjectProvider<ResourceDrifts> drifts;

    DriftStates(ObjectProvider<ResourceDrifts> drifts) {
        this.drifts = drifts;
    }

    /** The last drift check of the resources the caller has read (a page of "My resources"), by id. */
    public Map<UUID, StackDriftState> of(Collection<UUID> resourceIds) {
        ResourceDrifts source = drifts.getIfAvailable();
        if (source == null || resourceIds.isEmpty()) {
            return Map.of();
        }
        try {
            return source.lastChecks(resourceIds);
        } catch (RuntimeException e) {
            LOG.warn("Drift of {} resources is not available: {}", resourceIds.size(), e.toString());
            return Map.of();
        }
    }

    public Optional<StackDriftState> of(UUID resourceId) {
        return Optional.ofNullable(of(List.of(resourceId)).get(resourceId));
    }
}
