package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Makes the resource a {@link PortalLaunch} is billed as: one line a day, of the kind its product is (an RDS database,
 * an S3 bucket, a Lambda function, an EKS cluster, an ECS service, a VPC's NAT gateway, else a CloudFormation stack),
 * costing its estimate times a fixed factor between 0.7 and 1.5. The factor is mostly the requesting team's (some teams
 * estimate high, some low), with a little of each request's own, so estimate accuracy differs by team.
 */
final class PortalResources {

    static final double LOWEST_FACTOR = 0.7;
    static final double HIGHEST_FACTOR = 1.5;
    private static final double HOURS_PER_MONTH = 730;
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static final double STORAGE_GB_MONTH = 0.023;
    private static final double LAMBDA_GB_SECOND = 0.0000166667;

    private final Seeded dice;

    PortalResources(Seeded dice) {
        this.dice = dice;
    }

    /** What the resource costs a month, as a share of its estimate. */
    double factor(PortalLaunch launch) {
        double team = dice.between(0.75, 1.4, "estimate-bias", launch.team() == null ? "" : launch.team());
        double own = dice.between(0.92, 1.1, launch.requestId(), "estimate-miss");
        return Math.clamp(team * own, LOWEST_FACTOR, HIGHEST_FACTOR);
    }

    /**
     * @param from the first day it is billed (its launch, or the window's start for an older one)
     */
    SandboxResource resource(SandboxAccount account, PortalLaunch launch, Region region, LocalDate from) {
        double monthly = launch.monthlyEstimate().doubleValue() * factor(launch);
        String kind = launch.productName().toLowerCase(Locale.ROOT);
        String name = launch.name();
        if (kind.contains("s3")) {
            return resource(account, launch, AwsService.S3, "arn:aws:s3:::" + account.id() + "-" + region.id + "-"
                            + name, "Bucket", region, meter(launch, AwsService.S3, region, "TimedStorage-ByteHrs",
                            "StandardStorage", "GB-Mo", STORAGE_GB_MONTH, "GB-month of storage", "Storage"),
                    UsagePattern.monthly(monthly / STORAGE_GB_MONTH, 0), from);
        }
        if (kind.contains("lambda")) {
            return resource(account, launch, AwsService.LAMBDA, arn(region, account, "lambda", "function:" + name),
                    "Function", region, meter(launch, AwsService.LAMBDA, region, "Lambda-GB-Second", "Invoke",
                            "Lambda-GB-Second", LAMBDA_GB_SECOND, "Lambda-GB-Second of compute", "Serverless"),
                    UsagePattern.daily(monthly / DAYS_PER_MONTH / LAMBDA_GB_SECOND, 1, 0, 0.05), from);
        }
        double hourly = monthly / HOURS_PER_MONTH;
        if (kind.contains("rds") || kind.contains("postgres")) {
            return hours(account, launch, AwsService.RDS, arn(region, account, "rds", "db:" + name), "Database",
                    region, meter(launch, AwsService.RDS, region, "InstanceUsage:db", "CreateDBInstance:0014", "Hrs",
                            hourly, "database hour of " + name + ", instance and storage", "Database Instance"), from);
        }
        if (kind.contains("eks") || kind.contains("kubernetes")) {
            return hours(account, launch, AwsService.EKS, arn(region, account, "eks", "cluster/" + name), "Cluster",
                    region, meter(launch, AwsService.EKS, region, "AmazonEKS-Hours:perCluster", "CreateOperation",
                            "Hrs", hourly, "cluster hour of " + name + " with its node group", "Compute"), from);
        }
        if (kind.contains("ecs") || kind.contains("fargate")) {
            return hours(account, launch, AwsService.ECS, arn(region, account, "ecs", "service/" + name + "/" + name),
                    "Service", region, meter(launch, AwsService.ECS, region, "Fargate-vCPU-Hours:perCPU",
                            "FargateTask", "Hrs", hourly, "service hour of " + name + "'s Fargate tasks",
                            "Compute"), from);
        }
        if (kind.contains("vpc")) {
            return hours(account, launch, AwsService.EC2, arn(region, account, "ec2", "natgateway/nat-0"
                            + dice.hex(16, launch.requestId(), "nat")), "NAT Gateway Hours", region,
                    meter(launch, AwsService.EC2, region, "NatGateway-Hours", "NatGateway", "Hrs", hourly,
                            "NAT gateway hour of " + name, "NAT Gateway"), from);
        }
        return hours(account, launch, AwsService.EC2, arn(region, account, "cloudformation", "stack/" + name + "/"
                        + launch.requestId()), "Stack", region, meter(launch, AwsService.EC2, region,
                        "BoxUsage:provisioned", "RunInstances", "Hrs", hourly, "hour of " + name, "Compute"), from);
    }

    private static SandboxResource hours(SandboxAccount account, PortalLaunch launch, AwsService service, String id,
                                         String type, Region region, Meter meter, LocalDate from) {
        return resource(account, launch, service, id, type, region, meter, UsagePattern.hours(24, 1), from);
    }

    private static SandboxResource resource(SandboxAccount account, PortalLaunch launch, AwsService service,
                                            String id, String type, Region region, Meter meter, UsagePattern usage,
                                            LocalDate from) {
        return new SandboxResource(account, service, id, launch.name(), type, region, null, null, meter, usage, from,
                launch.until(), null, false);
    }

    /** A meter at this resource's own price (its SKU and price id are its own: no other resource shares them). */
    private Meter meter(PortalLaunch launch, AwsService service, Region region, String usageType, String operation,
                        String unit, double price, String description, String skuMeter) {
        String regional = region.usagePrefix + usageType;
        BigDecimal unitPrice = BigDecimal.valueOf(price).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        String sku = dice.code(16, "sku", service.code, regional, launch.requestId());
        return new Meter(regional, operation, "$" + unitPrice.toPlainString() + " per " + description + ", "
                + region.displayName, unit, unitPrice, sku, sku + ".JRTCKXETXF." + dice.code(10, "rate", sku),
                skuMeter);
    }

    private static String arn(Region region, SandboxAccount account, String service, String resource) {
        return "arn:aws:" + service + ":" + region.id + ":" + account.id() + ":" + resource;
    }
}
