package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Puts three cost spikes into the data, each five to ten times the normal daily cost of its account and service and
 * at least USD 300 a day: a GPU instance left running in an older month, a NAT gateway pushing a bulk copy through
 * the internet path, and another large instance in the last days before today. Prod accounts outside the Savings
 * Plan are preferred, so billed and effective cost agree on the spike.
 */
final class AnomalyInjector {

    /** GPU and accelerator instances, cheapest first. */
    private static final List<String> LARGE_TYPES = List.of("g6e.12xlarge", "p3.8xlarge", "inf2.48xlarge",
            "g5.48xlarge", "trn1.32xlarge", "p3.16xlarge", "g6e.48xlarge", "p4d.24xlarge", "p4de.24xlarge",
            "p5.48xlarge");
    private static final double MINIMUM_DAILY_COST = 300;
    private static final double SPIKE_OVER_BASELINE = 5.5;
    private static final double HIGHEST_RATIO = 10;

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
        InjectedAnomaly gpu = largeInstance(all, candidates, List.of(), gpuDay, gpuDay.plusDays(2), "gpu-training");
        anomalies.add(gpu);
        LocalDate natDay = first.plusMonths(9).atDay(17);
        natSurge(all, candidates, natDay, natDay.plusDays(3), surges, anomalies);
        anomalies.add(largeInstance(all, candidates, List.of(gpu.subAccountId()), today.minusDays(4),
                today.minusDays(1), "model-eval"));
        return new Injected(all, curve.withSurges(surges), anomalies);
    }

    /**
     * A large instance in the first candidate account (not yet used) where one of the types lands the day's cost at
     * 6.5 to 10 times the baseline; the first unused candidate with the cheapest sufficient type otherwise.
     */
    private InjectedAnomaly largeInstance(List<SandboxResource> all, List<SandboxAccount> candidates,
                                          List<String> used, LocalDate firstDay, LocalDate lastDay, String purpose) {
        List<SandboxAccount> fresh = candidates.stream().filter(a -> !used.contains(a.id())).toList();
        List<SandboxAccount> accounts = fresh.isEmpty() ? candidates : fresh;
        SandboxAccount account = accounts.getFirst();
        String type = null;
        for (SandboxAccount candidate : accounts) {
            double baseline = trailingMedian(all, candidate, AwsService.EC2, firstDay);
            String fitting = cheapestSufficient(baseline);
            if (fitting != null && 1 + 24 * PriceList.instanceHour(fitting) / baseline <= HIGHEST_RATIO) {
                account = candidate;
                type = fitting;
                break;
            }
        }
        if (type == null) {
            String sufficient = cheapestSufficient(trailingMedian(all, account, AwsService.EC2, firstDay));
            type = sufficient == null ? LARGE_TYPES.getLast() : sufficient;
        }
        SandboxResource instance = factory.burstInstance(account, type, purpose, firstDay, lastDay)
                .withTags(Tagging.json(Tagging.accountTags(account)));
        all.add(instance);
        return new InjectedAnomaly(firstDay, lastDay, account.id(), AwsService.EC2.serviceName,
                instance.resourceId());
    }

    private static @Nullable String cheapestSufficient(double baseline) {
        double needed = Math.max(MINIMUM_DAILY_COST, SPIKE_OVER_BASELINE * baseline);
        return LARGE_TYPES.stream().filter(t -> 24 * PriceList.instanceHour(t) >= needed).findFirst().orElse(null);
    }

    /** A bulk copy through the NAT gateway of the candidate account with the most data transfer. */
    private void natSurge(List<SandboxResource> all, List<SandboxAccount> candidates, LocalDate firstDay,
                          LocalDate lastDay, List<UsageCurve.Surge> surges, List<InjectedAnomaly> anomalies) {
        SandboxResource nat = null;
        double baseline = 0;
        for (SandboxAccount account : candidates) {
            SandboxResource gateway = all.stream().filter(isNat(account)).findFirst().orElse(null);
            double transfer = gateway == null ? 0 : trailingMedian(all, account, AwsService.DATA_TRANSFER, firstDay);
            if (gateway != null && transfer > baseline) {
                nat = gateway;
                baseline = transfer;
            }
        }
        if (nat == null) {
            return;
        }
        double extra = Math.max(MINIMUM_DAILY_COST, (SPIKE_OVER_BASELINE + 0.5) * baseline);
        surges.add(new UsageCurve.Surge(nat.resourceId(), firstDay, lastDay,
                extra / nat.meter().unitPrice().doubleValue()));
        anomalies.add(new InjectedAnomaly(firstDay, lastDay, nat.account().id(), AwsService.DATA_TRANSFER.serviceName,
                nat.resourceId()));
    }

    /** The account's daily on-demand cost for the service, median of the 28 days before {@code day}. */
    private double trailingMedian(List<SandboxResource> resources, SandboxAccount account, AwsService service,
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
        Map<SandboxAccount, List<SandboxResource>> byAccount = new LinkedHashMap<>();
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
