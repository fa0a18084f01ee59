package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what each account runs: a stable subset of services by its environment (prod accounts heavier), one to
 * three resources per service, mostly in the account's home region (us-east-1 or eu-west-1). The first three prod
 * accounts run the m5 instances the Savings Plan covers; a few resources are launched during the window, through the
 * portal. When the portal's own requests are given, each is one more resource in its account (in its home region),
 * running from its provisioning to its termination and tagged with the request's id.
 */
final class EstateBuilder {

    static final String SAVINGS_PLAN_TYPE = "m5.4xlarge";
    private static final int SAVINGS_PLAN_ACCOUNTS = 3;

    private final Seeded dice;
    private final LocalDate windowStart;
    private final LocalDate lastDay;
    private final ResourceFactory factory;
    private final PortalResources portal;

    /** A resource the portal provisioned, and the request it carries in its {@code skyway:request} tag. */
    record Launched(SandboxResource resource, String requestId) {
    }

    EstateBuilder(Seeded dice, ResourceFactory factory, LocalDate windowStart, LocalDate lastDay) {
        this.dice = dice;
        this.factory = factory;
        this.portal = new PortalResources(dice);
        this.windowStart = windowStart;
        this.lastDay = lastDay;
    }

    /** The accounts' resources, untagged yet, in account order. */
    List<SandboxResource> build(List<SandboxAccount> accounts) {
        List<SandboxResource> resources = new ArrayList<>();
        int prodSeen = 0;
        for (SandboxAccount account : accounts) {
            Tier tier = Tier.of(account.environment());
            int savingsPlanInstances = tier == Tier.PROD && prodSeen < SAVINGS_PLAN_ACCOUNTS
                    ? (prodSeen < SAVINGS_PLAN_ACCOUNTS - 1 ? 2 : 1) : 0;
            if (tier == Tier.PROD) {
                prodSeen++;
            }
            resources.addAll(accountResources(account, tier, savingsPlanInstances));
        }
        return resources;
    }

    /**
     * One resource per launch in one of {@code accounts}, from its launch (the window's start for an older one) to its
     * termination; launches into other accounts, or that ended before the window or start after it, cost nothing here.
     */
    List<Launched> launchedThroughThePortal(List<SandboxAccount> accounts, List<PortalLaunch> launches) {
        Map<String, SandboxAccount> byId = new LinkedHashMap<>();
        accounts.forEach(a -> byId.putIfAbsent(a.id(), a));
        List<Launched> launched = new ArrayList<>();
        for (PortalLaunch launch : launches) {
            SandboxAccount account = byId.get(launch.accountId());
            LocalDate from = launch.from().isBefore(windowStart) ? windowStart : launch.from();
            if (account == null || from.isAfter(lastDay)
                    || (launch.until() != null && launch.until().isBefore(from))) {
                continue;
            }
            launched.add(new Launched(portal.resource(account, launch, home(account), from), launch.requestId()));
        }
        return launched;
    }

    private Region home(SandboxAccount account) {
        return dice.unit(account.id(), "home") < 0.75 ? Region.US_EAST_1 : Region.EU_WEST_1;
    }

    private List<SandboxResource> accountResources(SandboxAccount account, Tier tier, int savingsPlanInstances) {
        double scale = tier.scale * dice.between(0.6, 1.5, account.id(), "scale");
        Region home = home(account);
        List<SandboxResource> resources = new ArrayList<>();
        for (Tier.ServicePlan plan : tier.services) {
            String key = account.id() + "/" + plan.service();
            if (dice.unit(key, "has") >= plan.chance()) {
                continue;
            }
            int count = plan.min() + dice.below(plan.max() - plan.min() + 1, key, "count");
            for (int index = 0; index < count; index++) {
                if (plan.service() == AwsService.EC2 && index < savingsPlanInstances) {
                    // index 0 runs all week; index 1 scales in at the weekend, leaving some commitment unused
                    resources.addAll(factory.instance(account, index, Region.US_EAST_1, SAVINGS_PLAN_TYPE,
                            UsagePattern.hours(24, index == 0 ? 1 : 10.0 / 24), true));
                    continue;
                }
                List<SandboxResource> made = factory.create(account, tier, plan.service(), index,
                        region(home, key + "/" + index), scale);
                resources.addAll(launchedLater(tier, plan.service(), index, key, made));
            }
        }
        return resources;
    }

    /** Some later workload resources start during the window (they carry the portal's request id tag). */
    private List<SandboxResource> launchedLater(Tier tier, AwsService service, int index, String key,
                                                List<SandboxResource> made) {
        boolean workload = tier == Tier.PROD || tier == Tier.STAGING || tier == Tier.DEV;
        boolean launchable = service == AwsService.EC2 || service == AwsService.LAMBDA
                || service == AwsService.DYNAMODB || service == AwsService.RDS;
        if (!workload || !launchable || index == 0 || dice.unit(key, "launched") >= 0.2) {
            return made;
        }
        long windowDays = ChronoUnit.DAYS.between(windowStart, lastDay);
        LocalDate launch = windowStart.plusDays(30 + (long) (dice.unit(key, "launch") * (windowDays - 60)));
        return made.stream().map(resource -> resource.activeBetween(launch, null)).toList();
    }

    private Region region(Region home, String key) {
        double draw = dice.unit(key, "region");
        if (draw < 0.84) {
            return home;
        }
        if (draw < 0.97) {
            return home == Region.US_EAST_1 ? Region.EU_WEST_1 : Region.US_EAST_1;
        }
        return Region.US_WEST_2;
    }

    static boolean launchedInWindow(SandboxResource resource, LocalDate windowStart) {
        return resource.activeFrom().isAfter(windowStart);
    }
}
