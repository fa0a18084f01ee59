package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Makes the resources of one service in one account: ids and names the way AWS writes them (instance ids, ARNs),
 * the meter they are billed by, and a usage pattern sized by {@code scale} (1 = a typical prod account).
 */
final class ResourceFactory {

    private static final List<String> PROD_TYPES = List.of("m6i.4xlarge", "m6i.8xlarge", "c6i.4xlarge",
            "r6i.2xlarge", "r6i.4xlarge", "c5.4xlarge", "r5.2xlarge");
    private static final List<String> STAGING_TYPES = List.of("m6i.xlarge", "m6i.2xlarge", "c6i.2xlarge",
            "r6i.xlarge");
    private static final List<String> DEV_TYPES = List.of("t3.large", "t3.xlarge", "m6i.large", "m6i.xlarge");
    private static final List<String> SHARED_TYPES = List.of("m6i.xlarge", "c6i.2xlarge", "t3.xlarge",
            "m6i.2xlarge");
    private static final List<String> SMALL_TYPES = List.of("t3.large", "m6i.large", "m6i.xlarge");
    private static final List<String> ROLES = List.of("app", "worker", "batch");

    private final Seeded dice;
    private final PriceList prices;
    private final LocalDate windowStart;
    private final ServiceMeters meters;

    ResourceFactory(Seeded dice, LocalDate windowStart) {
        this.dice = dice;
        this.prices = new PriceList(dice);
        this.meters = new ServiceMeters(prices);
        this.windowStart = windowStart;
    }

    /** The resources for the {@code index}-th use of {@code service} in the account (an instance brings its volume). */
    List<SandboxResource> create(SandboxAccount account, Tier tier, AwsService service, int index, Region region,
                                 double scale) {
        String key = account.id() + "/" + service + "/" + index;
        double size = scale * dice.between(0.4, 1.6, key, "size");
        double growth = dice.between(0.01, 0.03, key, "growth");
        return switch (service) {
            case EC2 -> instance(account, index, region, pick(typesFor(tier), key), ec2Hours(tier, index, key), false);
            case RDS -> List.of(database(account, tier, index, region, key));
            case S3 -> List.of(resource(account, service, "arn:aws:s3:::" + account.name() + "-"
                    + List.of("assets", "logs", "backups").get(index % 3) + "-" + dice.hex(6, key), "Bucket", region,
                    null, null, meters.storage(region), UsagePattern.monthly(12_000 * size, growth + 0.01)));
            case LAMBDA -> List.of(resource(account, service, arn(region, account, "lambda", "function:"
                    + account.name() + "-" + List.of("ingest", "webhooks", "thumbnailer").get(index % 3)), "Function",
                    region, null, null, meters.lambda(region), UsagePattern.daily(400_000 * size, 0.7, growth, 0.06)));
            case EKS -> List.of(eks(account, tier, region, key));
            case DYNAMODB -> List.of(resource(account, service, arn(region, account, "dynamodb", "table/"
                    + account.name() + "-" + List.of("sessions", "events").get(index % 2)), "Table", region, null,
                    null, meters.dynamo(region), UsagePattern.daily(5_000_000 * size, 0.8, growth, 0.07)));
            case ELB -> List.of(resource(account, service, loadBalancer(region, account, "alb-" + (index + 1), key),
                    "Load Balancer", region, null, null, meters.loadBalancer(region),
                    UsagePattern.daily(800 * size, 0.8, growth * 0.7, 0.05)));
            case DATA_TRANSFER -> List.of(index == 0
                    ? resource(account, service, arn(region, account, "ec2", "natgateway/nat-0" + dice.hex(16, key)),
                    "NAT Gateway", region, null, null, meters.natGateway(region),
                    UsagePattern.daily(400 * size, 0.75, growth, 0.06))
                    : resource(account, service, loadBalancer(region, account, "public-alb", key), "Load Balancer",
                    region, null, null, meters.internetOut(region),
                    UsagePattern.daily(100 * size, 0.75, growth, 0.06)));
            case CLOUDWATCH -> List.of(resource(account, service, arn(region, account, "logs", "log-group:/aws/"
                    + List.of("app", "lambda", "eks").get(index % 3) + "/" + account.name()), "Log Group", region,
                    null, null, meters.logs(region), UsagePattern.daily(10 * size, 0.9, growth * 0.7, 0.04)));
            case CONFIG -> List.of(resource(account, service, arn(region, account, "config",
                    "config-recorder/default"), "Configuration Recorder", region, null, null, meters.config(region),
                    UsagePattern.daily(Math.max(100, 800 * size), 0.85, 0.005, 0.08)));
            case KMS -> List.of(resource(account, service, arn(region, account, "kms", "key/"
                    + dice.uuid(key)), "Key", region, null, null, meters.keys(region),
                    UsagePattern.monthly(Math.max(2, Math.round(12 * size)), 0)));
            case GUARDDUTY -> List.of(resource(account, service, arn(region, account, "guardduty", "detector/"
                    + dice.hex(32, key)), "Detector", region, null, null, meters.guardDuty(region),
                    UsagePattern.daily(Math.max(100_000, 800_000 * size), 0.8, 0.01, 0.05)));
            case SUPPORT, SAVINGS_PLANS, ECS -> throw new IllegalArgumentException(service + " has no resources of "
                    + "its own in the estate");
        };
    }

    /** An EC2 instance and its EBS volume; the volume keeps being billed while the instance is stopped. */
    List<SandboxResource> instance(SandboxAccount account, int index, Region region, String type, UsagePattern hours,
                                   boolean savingsPlanEligible) {
        String key = account.id() + "/instance/" + index + "/" + type;
        String name = account.name() + "-" + ROLES.get(index % ROLES.size()) + "-" + (index + 1);
        String zone = region.id + "abc".charAt(dice.below(3, key, "zone"));
        SandboxResource instance = new SandboxResource(account, AwsService.EC2, "i-0" + dice.hex(16, key), name,
                "Instance", region, zone, type, meters.instance(region, type), hours, windowStart, null, null,
                savingsPlanEligible);
        double gigabytes = Math.round(dice.between(100, 500, key, "volume") * Math.sqrt(PriceList.instanceHour(type)
                / 0.1));
        SandboxResource volume = new SandboxResource(account, AwsService.EC2, "vol-0" + dice.hex(16, key, "vol"),
                name + "-data", "Volume", region, zone, null, meters.volume(region),
                UsagePattern.monthly(gigabytes, 0.002), windowStart, null, null, false);
        return List.of(instance, volume);
    }

    /** A large instance someone launched for a few days (the injected anomalies), running around the clock. */
    SandboxResource burstInstance(SandboxAccount account, String type, String purpose, LocalDate from,
                                  LocalDate until) {
        String key = account.id() + "/burst/" + type + "/" + from;
        return new SandboxResource(account, AwsService.EC2, "i-0" + dice.hex(16, key),
                account.name() + "-" + purpose, "Instance", Region.US_EAST_1,
                Region.US_EAST_1.id + "abc".charAt(dice.below(3, key, "zone")), type,
                meters.instance(Region.US_EAST_1, type), UsagePattern.hours(24, 1), from, until, null, false);
    }

    private SandboxResource database(SandboxAccount account, Tier tier, int index, Region region, String key) {
        List<String> classes = switch (tier) {
            case PROD -> List.of("db.r6g.xlarge", "db.r6g.2xlarge", "db.m6g.xlarge");
            case STAGING -> List.of("db.r6g.large", "db.m6g.large");
            case SHARED -> List.of("db.m6g.large");
            default -> List.of("db.t4g.medium", "db.t4g.large");
        };
        String dbClass = pick(classes, key);
        boolean multiAz = tier == Tier.PROD;
        String name = account.name() + "-" + List.of("db", "reporting-db").get(index % 2);
        return new SandboxResource(account, AwsService.RDS, arn(region, account, "rds", "db:" + name), name,
                "DB Instance", region, region.id + "abc".charAt(dice.below(3, key, "zone")), dbClass,
                meters.database(region, dbClass, multiAz), UsagePattern.hours(24, 1), windowStart, null, null, false);
    }

    private SandboxResource eks(SandboxAccount account, Tier tier, Region region, String key) {
        // a non-prod cluster left on an old Kubernetes version pays extended support: a classic FinOps finding
        boolean extended = tier != Tier.PROD && dice.unit(key, "extended") < 0.3;
        return resource(account, AwsService.EKS, arn(region, account, "eks", "cluster/" + account.name() + "-eks"),
                "Cluster", region, null, null, meters.cluster(region, extended), UsagePattern.hours(24, 1));
    }

    private UsagePattern ec2Hours(Tier tier, int index, String key) {
        if (tier == Tier.DEV && dice.unit(key, "scheduler") < 0.7) {
            return UsagePattern.hours(12, 0); // an instance scheduler stops it at night and over the weekend
        }
        if (tier == Tier.PROD && index == 1) {
            return UsagePattern.hours(24, 0.55); // auto scaling: fewer instance hours at the weekend
        }
        return UsagePattern.hours(24, 1);
    }

    private static List<String> typesFor(Tier tier) {
        return switch (tier) {
            case PROD -> PROD_TYPES;
            case STAGING -> STAGING_TYPES;
            case DEV -> DEV_TYPES;
            case SHARED -> SHARED_TYPES;
            default -> SMALL_TYPES;
        };
    }

    private String pick(List<String> options, String key) {
        return options.get(dice.below(options.size(), key, "pick"));
    }

    private SandboxResource resource(SandboxAccount account, AwsService service, String id, String type,
                                     Region region, @Nullable String zone, @Nullable String size, Meter meter,
                                     UsagePattern usage) {
        return new SandboxResource(account, service, id, nameOf(id), type, region, zone, size, meter, usage,
                windowStart, null, null, false);
    }

    /** The part of an id people call the resource by: a bucket, function, table or load balancer name. */
    static String nameOf(String id) {
        int logGroup = id.indexOf(":log-group:");
        if (logGroup >= 0) {
            return id.substring(logGroup + ":log-group:".length());
        }
        int loadBalancer = id.indexOf(":loadbalancer/app/");
        if (loadBalancer >= 0) {
            String rest = id.substring(loadBalancer + ":loadbalancer/app/".length());
            return rest.substring(0, rest.indexOf('/'));
        }
        return id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
    }

    private String loadBalancer(Region region, SandboxAccount account, String name, String key) {
        return arn(region, account, "elasticloadbalancing", "loadbalancer/app/" + account.name() + "-" + name + "/"
                + dice.hex(16, key, name));
    }

    private static String arn(Region region, SandboxAccount account, String service, String resource) {
        return "arn:aws:" + service + ":" + region.id + ":" + account.id() + ":" + resource;
    }
}
