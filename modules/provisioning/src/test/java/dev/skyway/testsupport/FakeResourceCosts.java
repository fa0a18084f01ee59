package dev.skyway.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;
import dev.skyway.portal.provisioning.EstimatedResource;
import dev.skyway.portal.provisioning.ResourceCosts;

/**
 * The cost module's part, as the provisioning tests set it: the actual costs they put in, and the accuracy they
 * choose; it keeps the estimates it was asked about. Knows nothing until told.
 */
public class FakeResourceCosts implements ResourceCosts {

    public final Map<UUID, ActualCost> actuals = new ConcurrentHashMap<>();
    public final List<List<EstimatedResource>> askedAbout = new CopyOnWriteArrayList<>();
    public volatile EstimateAccuracy accuracy = EstimateAccuracy.NO_HISTORY;

    public void reset() {
        actuals.clear();
        askedAbout.clear();
        accuracy = EstimateAccuracy.NO_HISTORY;
    }

    @Override
    public Map<UUID, ActualCost> actualMonthlyCosts(Collection<UUID> resourceIds) {
        Map<UUID, ActualCost> known = new ConcurrentHashMap<>();
        resourceIds.stream().filter(actuals::containsKey).forEach(id -> known.put(id, actuals.get(id)));
        return known;
    }

    @Override
    public EstimateAccuracy accuracy(List<EstimatedResource> resources) {
        askedAbout.add(new ArrayList<>(resources));
        return accuracy;
    }
}
