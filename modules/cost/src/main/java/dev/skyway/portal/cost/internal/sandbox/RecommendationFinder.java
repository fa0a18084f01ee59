package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The sandbox's savings recommendations, read off the generated resources: oversized instances to halve, idle
 * instances and databases to remove, and one Compute Savings Plan for the steady on-demand compute left uncovered.
 * Monthly figures are the last 30 days' average daily cost times 365/12.
 */
final class RecommendationFinder {

    private static final double DAYS_PER_MONTH = 365.0 / 12;
    private static final double COMPUTE_PLAN_DISCOUNT = 0.27;
    private static final Set<Tier> BUSY = Set.of(Tier.PROD, Tier.STAGING, Tier.SHARED);
    private static final Set<Tier> QUIET = Set.of(Tier.SANDBOX, Tier.OTHER, Tier.DEV);

    private final Seeded dice;
    private final UsageCurve curve;
    private final LocalDate yesterday;

    RecommendationFinder(Seeded dice, UsageCurve curve, LocalDate today) {
        this.dice = dice;
        this.curve = curve;
        this.yesterday = today.minusDays(1);
    }

    List<SandboxRecommendation> find(Estate estate) {
        List<SandboxResource> running = estate.resources().stream()
                .filter(r -> r.activeOn(yesterday) && r.activeUntil() == null).toList();
        List<SandboxRecommendation> found = new ArrayList<>();
        stableSample(running.stream().filter(this::oversized), 4).forEach(r -> found.add(rightsize(r)));
        stableSample(running.stream().filter(this::idle), 3).forEach(r -> found.add(terminate(r)));
        found.add(savingsPlan(estate.management(), running));
        return found;
    }

    private boolean oversized(SandboxResource r) {
        return "Instance".equals(r.resourceType()) && !r.savingsPlanEligible()
                && BUSY.contains(Tier.of(r.account().environment())) && smaller(r.size()) != null;
    }

    private boolean idle(SandboxResource r) {
        Tier tier = Tier.of(r.account().environment());
        boolean instance = "Instance".equals(r.resourceType()) && r.usage().weekendFactor() == 1
                && QUIET.contains(tier);
        boolean database = "DB Instance".equals(r.resourceType()) && (tier == Tier.DEV || tier == Tier.STAGING);
        return instance || database;
    }

    private SandboxRecommendation rightsize(SandboxResource r) {
        String type = Objects.requireNonNull(r.size());
        String target = Objects.requireNonNull(smaller(type));
        double monthly = monthlyCost(r);
        double saving = monthly * (1 - PriceList.instanceHour(target) / PriceList.instanceHour(type));
        int cpu = 9 + dice.below(20, r.resourceId(), "cpu");
        return recommendation("RIGHTSIZE", r, type + " → " + target + ", CPU p99 " + cpu + "% over the last 14 days",
                monthly, saving);
    }

    private SandboxRecommendation terminate(SandboxResource r) {
        double monthly = monthlyCost(r);
        String summary = "Instance".equals(r.resourceType())
                ? "Idle for 14 days: CPU max " + (1 + dice.below(3, r.resourceId(), "cpu"))
                + "%, network under 5 MB a day; stop or terminate " + r.size()
                : "No connections for 30 days; snapshot and delete " + r.size();
        return recommendation("TERMINATE", r, summary, monthly, monthly);
    }

    private SandboxRecommendation savingsPlan(SandboxAccount management, List<SandboxResource> running) {
        double onDemandDaily = running.stream()
                .filter(r -> ("Instance".equals(r.resourceType()) && !r.savingsPlanEligible())
                        || r.service() == AwsService.LAMBDA)
                .mapToDouble(this::averageDaily).sum();
        double steadyShare = 0.7;
        double hourly = Math.floor(onDemandDaily * steadyShare * (1 - COMPUTE_PLAN_DISCOUNT) / 24 * 20) / 20;
        double monthly = hourly * 24 * DAYS_PER_MONTH;
        double saving = monthly * COMPUTE_PLAN_DISCOUNT / (1 - COMPUTE_PLAN_DISCOUNT);
        String summary = String.format(Locale.ROOT, "Compute Savings Plan, 1 year, No Upfront: commit USD %.2f per "
                + "hour to cover about %.0f%% of the on-demand EC2 and Lambda spend (USD %.0f a month) at %.0f%% "
                + "off", hourly, steadyShare * 100, onDemandDaily * DAYS_PER_MONTH, COMPUTE_PLAN_DISCOUNT * 100);
        return new SandboxRecommendation("sandbox-savings_plan-" + dice.hex(10, "compute-plan"), "SAVINGS_PLAN",
                management.id(), "compute-savings-plan-1yr-no-upfront", AwsService.SAVINGS_PLANS.serviceName,
                summary, money(monthly), money(saving));
    }

    private SandboxRecommendation recommendation(String kind, SandboxResource r, String summary, double monthly,
                                                 double saving) {
        return new SandboxRecommendation("sandbox-" + kind.toLowerCase(Locale.ROOT) + "-" + dice.hex(10,
                r.resourceId()), kind, r.account().id(), r.resourceId(), r.service().serviceName, summary,
                money(monthly), money(saving));
    }

    private List<SandboxResource> stableSample(Stream<SandboxResource> candidates, int count) {
        return candidates.sorted(Comparator.comparingDouble(r -> dice.unit(r.resourceId(), "recommend")))
                .limit(count).toList();
    }

    private double monthlyCost(SandboxResource r) {
        return averageDaily(r) * DAYS_PER_MONTH;
    }

    private double averageDaily(SandboxResource r) {
        double sum = 0;
        for (int i = 0; i < 30; i++) {
            sum += curve.listCost(r, yesterday.minusDays(i));
        }
        return sum / 30;
    }

    /** The next size down in the same family, when there is a price for it. */
    static @Nullable String smaller(@Nullable String type) {
        if (type == null) {
            return null;
        }
        String[] parts = type.split("\\.");
        String size = parts[1];
        String down = switch (size) {
            case "8xlarge" -> "4xlarge";
            case "4xlarge" -> "2xlarge";
            case "2xlarge" -> "xlarge";
            case "xlarge" -> "large";
            default -> null;
        };
        String target = down == null ? null : parts[0] + "." + down;
        return target != null && PriceList.INSTANCE_HOUR.containsKey(target) ? target : null;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
    }
}
