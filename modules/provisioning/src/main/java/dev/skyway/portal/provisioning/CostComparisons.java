package dev.skyway.portal.provisioning;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.TeamEstimates;

/**
 * Estimate against actual: what provisioned products cost per month beside what was estimated when they were
 * requested, and how well a team's recent estimates held, as far as the cost module ({@link ResourceCosts}) knows.
 * Without it, or when it fails, every actual is unknown (empty), never 0: cost data must not block a request page.
 */
@Service
public class CostComparisons {

    /** How far back a team's estimates are compared: resources provisioned in these last days. */
    public static final Duration ACCURACY_WINDOW = Duration.ofDays(90);

    private static final Logger LOG = LoggerFactory.getLogger(CostComparisons.class);

    private final ObjectProvider<ResourceCosts> costs;
    private final TeamEstimates estimates;
    private final CurrentUser currentUser;
    private final Clock clock;

    CostComparisons(ObjectProvider<ResourceCosts> costs, TeamEstimates estimates, CurrentUser currentUser,
                    Clock clock) {
        this.costs = costs;
        this.estimates = estimates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether cost data is connected at all (a {@link ResourceCosts} exists). */
    public boolean connected() {
        return costs.getIfAvailable() != null;
    }

    /**
     * The actual monthly cost of the resources the caller has read (a page of "My resources", a request), by id;
     * those without cost data are left out.
     */
    public Map<UUID, ActualCost> actuals(Collection<UUID> resourceIds) {
        ResourceCosts source = costs.getIfAvailable();
        if (source == null || resourceIds.isEmpty()) {
            return Map.of();
        }
        try {
            return source.actualMonthlyCosts(resourceIds);
        } catch (RuntimeException e) {
            LOG.warn("Actual costs of {} resources are not available: {}", resourceIds.size(), e.toString());
            return Map.of();
        }
    }

    public Optional<ActualCost> actual(UUID resourceId) {
        return Optional.ofNullable(actuals(List.of(resourceId)).get(resourceId));
    }

    /** Whether the caller may see teams' estimate accuracy: approvers, platform admins and finance. */
    public boolean mayCompareTeams() {
        return currentUser.find().map(u -> u.hasAnyRole(Role.APPROVER, Role.PLATFORM_ADMIN, Role.FINANCE))
                .orElse(false);
    }

    /**
     * How the team's estimates of the last {@link #ACCURACY_WINDOW} compared with what the resources then cost;
     * {@link EstimateAccuracy#NO_HISTORY} when none has a month of cost yet; empty when not known (cost data not
     * connected, or not available now).
     *
     * @throws AccessDeniedException unless {@link #mayCompareTeams}
     */
    @Transactional(readOnly = true)
    public Optional<EstimateAccuracy> teamAccuracy(String team) {
        if (!mayCompareTeams()) {
            throw new AccessDeniedException("Only approvers, platform admins and finance compare teams' estimates");
        }
        ResourceCosts source = costs.getIfAvailable();
        if (source == null) {
            return Optional.empty();
        }
        List<EstimatedResource> recent = estimates.provisionedSince(team, clock.instant().minus(ACCURACY_WINDOW));
        if (recent.isEmpty()) {
            return Optional.of(EstimateAccuracy.NO_HISTORY);
        }
        try {
            return Optional.of(source.accuracy(recent));
        } catch (RuntimeException e) {
            LOG.warn("Estimate accuracy of team {} is not available: {}", team, e.toString());
            return Optional.empty();
        }
    }
}
