package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Puts three cost spikes into the data, each five to ten times the normal daily cost of its account and service and
 * at least USD 300 a day: a GPU instance left running in an older month, a NAT gateway pushing a bulk copy through
 * the internet path, and another large instance in the last days before today. Prod accounts outside the Savings
 * Plan are preferred, so billed and effective cost agree on the spike.
 */
final class AnomalyInjector {

    private static final List<String> LARGE_TYPES = List.of("g5.12xlarge", "p3.8xlarge", "g5.48xlarge",
            "p3.16xlarge", "p4d.24xlarge", "p5.48xlarge");
    private static final double MINIMUM_DAILY_COST = 300;
    private static final double SPIKE_OVER_BASELINE = 5.5;

    record Injected(List<SandboxResource> resources, UsageCurve curve, List<InjectedAnomaly> anomalies) {
    }

    private final UsageCurve curve;
    private final ResourceFactory factory;

    AnomalyInjector(UsageCurve curve, ResourceFactory factory) {
        this.curve = curve;
        this.factory = factory;
    }

    Injected inject(List<SandboxResource> resources, LocalDate windowStart, LocalDate today) {
        List<SandboxAccount> candidates = candidates(resources);
        List<SandboxResource> all = new ArrayList<>(resources);
        List<UsageCurve.Surge> surges = new ArrayList<>();
        List<InjectedAnomaly> anomalies = new ArrayList<>();
        if (candidates.isEmpty()) {
            return new Injected(all, curve, anomalies);
        }
        YearMonth first = YearMonth.from(windowStart);
        LocalDate gpuDay = first.plusMonths(4).atDay(11);
        anomalies.add(largeInstance(all, candidates.get(0), gpuDay, gpuDay.plusDays(2), "gpu-training"));
        LocalDate natDay = first.plusMonths(9).atDay(17);
        natSurge(all, candidates, natDay, natDay.plusDays(3), surges, anomalies);
        anomalies.add(largeInstance(all, candidates.get(2 % candidates.size()), today.minusDays(4),
                today.minusDays(1), "model-eval"));
        return new Injected(all, curve.withSurges(surges), anomalies);
    }

    private InjectedAnomaly largeInstance(List<SandboxResource> all, SandboxAccount account, LocalDate firstDay,
                                          LocalDate lastDay, String purpose) {
        double baseline = trailingMedian(all, account, AwsService.EC2, firstDay);
        double needed = Math.max(MINIMUM_DAILY_COST, SPIKE_OVER_BASELINE * baseline);
        String type = LARGE_TYPES.stream().filter(t -> 24 * PriceList.instanceHour(t) >= needed).findFirst()
                .orElse(LARGE_TYPES.getLast());
        SandboxResource instance = factory.burstInstance(account, type, purpose, firstDay, lastDay)
                .withTags(Tagging.json(Tagging.accountTags(account)));
        all.add(instance);
        return new InjectedAnomaly(firstDay, lastDay, account.id(), AwsService.EC2.serviceName,
                instance.resourceId());
    }

    private void natSurge(List<SandboxResource> all, List<SandboxAccount> candidates, LocalDate firstDay,
                          LocalDate lastDay, List<UsageCurve.Surge> surges, List<InjectedAnomaly> anomalies) {
        for (int i = 0; i < candidates.size(); i++) {
            SandboxAccount account = candidates.get((1 + i) % candidates.size());
            SandboxResource nat = all.stream().filter(isNat(account)).findFirst().orElse(null);
            if (nat == null) {
                continue;
            }
            double baseline = trailingMedian(all, account, AwsService.DATA_TRANSFER, firstDay);
            double extra = Math.max(MINIMUM_DAILY_COST, (SPIKE_OVER_BASELINE + 0.5) * baseline);
            surges.add(new UsageCurve.Surge(nat.resourceId(), firstDay, lastDay,
                    extra / nat.meter().unitPrice().doubleValue()));
            anomalies.add(new InjectedAnomaly(firstDay, lastDay, account.id(), AwsService.DATA_TRANSFER.serviceName,
                    nat.resourceId()));
            return;
        }
    }

    /** The account's daily on-demand cost for the service, median of the 28 days before {@code day}. */
    double trailingMedian(List<SandboxResource> resources, SandboxAccount account, AwsService service,
                          LocalDate day) {
        double[] daily = new double[28];
        for (int i = 0; i < daily.length; i++) {
            LocalDate d = day.minusDays(i + 1);
            daily[i] = resources.stream().filter(r -> r.account().equals(account) && r.service() == service)
                    .mapToDouble(r -> curve.listCost(r, d)).sum();
        }
        Arrays.sort(daily);
        return (daily[13] + daily[14]) / 2;
    }

    /** Prod accounts outside the Savings Plan first, then any other account with instances. */
    private static List<SandboxAccount> candidates(List<SandboxResource> resources) {
        Map<SandboxAccount, List<SandboxResource>> byAccount = new java.util.LinkedHashMap<>();
        resources.forEach(r -> byAccount.computeIfAbsent(r.account(), a -> new ArrayList<>()).add(r));
        List<SandboxAccount> preferred = new ArrayList<>();
        List<SandboxAccount> others = new ArrayList<>();
        byAccount.forEach((account, owned) -> {
            boolean instances = owned.stream().anyMatch(r -> "Instance".equals(r.resourceType()));
            boolean covered = owned.stream().anyMatch(SandboxResource::savingsPlanEligible);
            if (instances && !covered && Tier.of(account.environment()) == Tier.PROD) {
                preferred.add(account);
            } else if (instances) {
                others.add(account);
            }
        });
        preferred.addAll(others);
        return preferred;
    }

    private static Predicate<SandboxResource> isNat(SandboxAccount account) {
        return r -> r.account().equals(account) && r.service() == AwsService.DATA_TRANSFER
                && "NAT Gateway".equals(r.resourceType());
    }
}
