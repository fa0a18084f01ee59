package dev.skyway.portal.cost.internal.sandbox;

import static dev.skyway.portal.cost.internal.sandbox.AwsService.CLOUDWATCH;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.CONFIG;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.DATA_TRANSFER;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.DYNAMODB;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.EC2;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.EKS;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.ELB;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.GUARDDUTY;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.KMS;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.LAMBDA;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.RDS;
import static dev.skyway.portal.cost.internal.sandbox.AwsService.S3;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What kind of account an environment tag describes, how heavy its spend is ({@code scale}, prod = 1), and which
 * services it runs: each with the chance an account of this tier has it and how many resources it then has.
 */
enum Tier {
    PROD(1.0, List.of(plan(EC2, 1, 3, 3), plan(RDS, .9, 1, 2), plan(DYNAMODB, .5, 1, 2), plan(S3, 1, 2, 3),
            plan(LAMBDA, .9, 1, 3), plan(EKS, .6, 1, 1), plan(ELB, 1, 1, 2), plan(DATA_TRANSFER, 1, 2, 2),
            plan(CLOUDWATCH, 1, 2, 3), plan(CONFIG, 1, 1, 1), plan(KMS, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1))),
    STAGING(.35, List.of(plan(EC2, 1, 2, 3), plan(RDS, .8, 1, 1), plan(DYNAMODB, .4, 1, 1), plan(S3, 1, 1, 2),
            plan(LAMBDA, .8, 1, 2), plan(EKS, .5, 1, 1), plan(ELB, .8, 1, 1), plan(DATA_TRANSFER, 1, 1, 1),
            plan(CLOUDWATCH, 1, 1, 1), plan(CONFIG, 1, 1, 1), plan(KMS, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1))),
    DEV(.18, List.of(plan(EC2, 1, 1, 2), plan(RDS, .6, 1, 1), plan(DYNAMODB, .4, 1, 1), plan(S3, 1, 1, 1),
            plan(LAMBDA, .8, 1, 2), plan(EKS, .3, 1, 1), plan(ELB, .5, 1, 1), plan(DATA_TRANSFER, .7, 1, 1),
            plan(CLOUDWATCH, 1, 1, 1), plan(CONFIG, 1, 1, 1), plan(KMS, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1))),
    SHARED(.6, List.of(plan(EC2, .8, 2, 3), plan(RDS, .3, 1, 1), plan(S3, 1, 1, 2), plan(LAMBDA, .7, 1, 2),
            plan(EKS, .2, 1, 1), plan(DATA_TRANSFER, .8, 1, 2), plan(CLOUDWATCH, 1, 1, 1), plan(CONFIG, 1, 1, 1),
            plan(KMS, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1))),
    SECURITY(.35, List.of(plan(S3, 1, 1, 2), plan(LAMBDA, 1, 1, 2), plan(CLOUDWATCH, 1, 1, 2),
            plan(CONFIG, 1, 1, 1), plan(KMS, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1))),
    MANAGEMENT(.25, List.of(plan(S3, 1, 1, 1), plan(LAMBDA, 1, 1, 1), plan(CLOUDWATCH, 1, 1, 1),
            plan(CONFIG, 1, 1, 1), plan(KMS, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1))),
    SANDBOX(.2, List.of(plan(EC2, 1, 1, 2), plan(S3, .8, 1, 1), plan(LAMBDA, .6, 1, 1), plan(CONFIG, 1, 1, 1),
            plan(GUARDDUTY, 1, 1, 1))),
    OTHER(.1, List.of(plan(EC2, .7, 1, 1), plan(S3, 1, 1, 1), plan(CONFIG, 1, 1, 1), plan(GUARDDUTY, 1, 1, 1)));

    record ServicePlan(AwsService service, double chance, int min, int max) {
    }

    final double scale;
    final List<ServicePlan> services;

    Tier(double scale, List<ServicePlan> services) {
        this.scale = scale;
        this.services = services;
    }

    static Tier of(@Nullable String environment) {
        if (environment == null) {
            return OTHER;
        }
        return switch (environment.toLowerCase(Locale.ROOT)) {
            case "prod", "production", "prd" -> PROD;
            case "staging", "stage", "test", "qa", "uat" -> STAGING;
            case "dev", "development" -> DEV;
            case "shared" -> SHARED;
            case "security" -> SECURITY;
            case "management" -> MANAGEMENT;
            case "sandbox" -> SANDBOX;
            default -> OTHER;
        };
    }

    private static ServicePlan plan(AwsService service, double chance, int min, int max) {
        return new ServicePlan(service, chance, min, max);
    }
}
