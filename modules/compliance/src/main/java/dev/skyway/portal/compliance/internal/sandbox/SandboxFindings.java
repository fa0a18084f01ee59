package dev.skyway.portal.compliance.internal.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;

/**
 * The sandbox organization's findings on any of the {@link #DAYS} days up to today, the same for the same accounts,
 * day and seed. A third of the controls pass everywhere; on the others each account has its own maturity: a share of
 * its resources fails at first, failures are fixed one by one over the weeks, and guard rails fix a control in every
 * account on a day of its own (the organization's trend improves); a few new resources fail for a while when they
 * appear; one
 * account (the {@link #regressing()} one) breaks controls it passed in the last three weeks; MANUAL checks stay
 * MANUAL.
 */
final class SandboxFindings {

    static final int DAYS = 90;
    static final int REGRESSION_DAYS = 21;
    static final String SOURCE = "SANDBOX";
    static final String REGION = "eu-west-1";
    static final String GLOBAL_REGION = "us-east-1";

    private final List<SandboxAccount> accounts;
    private final List<SandboxControl> controls;
    private final LocalDate today;
    private final long seed;

    SandboxFindings(List<SandboxAccount> accounts, List<SandboxControl> controls, LocalDate today, long seed) {
        this.accounts = accounts.stream().sorted(Comparator.comparing(SandboxAccount::id)).toList();
        this.controls = controls;
        this.today = today;
        this.seed = seed;
    }

    /** One finding on one day. */
    record Generated(SandboxAccount account, SandboxControl control, FindingResource resource, FindingStatus status) {
    }

    LocalDate firstDay() {
        return today.minusDays(DAYS - 1);
    }

    /** The account that gets worse in the last weeks (there is at least one account). */
    SandboxAccount regressing() {
        return accounts.get(Math.min(accounts.size() - 1, 7));
    }

    /** Every finding on {@code day} (between {@link #firstDay()} and today), by account, check and resource. */
    List<Generated> on(LocalDate day) {
        int offset = (int) (day.toEpochDay() - today.toEpochDay()); // -89 .. 0
        List<Generated> findings = new ArrayList<>();
        for (SandboxAccount account : accounts) {
            SplittableRandom accountRandom = random(account.id());
            double maturity = 0.2 + accountRandom.nextDouble() * 0.4; // share failing on the first day
            boolean regresses = account.equals(regressing());
            for (SandboxControl control : controls) {
                // one organization trail per account; other resource types one to three of each
                int resources = control.accountLevel() || "AwsCloudTrailTrail".equals(control.resourceType()) ? 1
                        : 1 + random(account.id(), control.checkId()).nextInt(3);
                for (int n = 0; n < resources; n++) {
                    FindingResource resource = resource(account, control, n);
                    SplittableRandom r = random(account.id(), control.checkId(), resource.resourceId());
                    FindingStatus status = status(control, r, maturity, regresses, offset);
                    if (status != null) {
                        findings.add(new Generated(account, control, resource, status));
                    }
                }
            }
        }
        return findings;
    }

    /** Absent when the resource does not exist yet on that day. */
    private @Nullable FindingStatus status(SandboxControl control, SplittableRandom r, double maturity,
                                           boolean regresses, int offset) {
        SplittableRandom perControl = random("control", control.checkId());
        double difficulty = perControl.nextDouble();  // the easy third of the controls passes everywhere
        int campaignOn = -DAYS + 1 + perControl.nextInt(150); // the day a guard rail fixes it in every account
        double failing = r.nextDouble();
        int fixedOn = -DAYS + 1 + r.nextInt(200); // teams fix their own failures one by one too
        double churn = r.nextDouble();
        int appearsOn = -r.nextInt(60);
        int fixedAfter = 5 + r.nextInt(20);
        int breaksOn = -r.nextInt(REGRESSION_DAYS);
        if (control.manual()) {
            return FindingStatus.MANUAL;
        }
        if (churn < 0.01 && !control.accountLevel()) {
            // a new resource that fails from the day it appears, until its team fixes it
            return offset < appearsOn ? null : offset < appearsOn + fixedAfter ? FindingStatus.FAIL
                    : FindingStatus.PASS;
        }
        if (regresses && churn > 0.8 && offset >= breaksOn) {
            return FindingStatus.FAIL;
        }
        boolean failedAtFirst = difficulty > 0.33 && failing < maturity;
        return failedAtFirst && offset < Math.min(fixedOn, campaignOn) ? FindingStatus.FAIL : FindingStatus.PASS;
    }

    private static FindingResource resource(SandboxAccount account, SandboxControl control, int n) {
        String id = account.id();
        if (control.accountLevel()) {
            return new FindingResource(id, GLOBAL_REGION, FindingResource.accountResource(id), "AwsAccount");
        }
        String type = control.resourceType();
        String name = account.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + n;
        String arn = switch (type) {
            case "AwsS3Bucket" -> "arn:aws:s3:::" + name + "-" + id;
            case "AwsIamUser" -> "arn:aws:iam::" + id + ":user/" + name;
            case "AwsIamPolicy" -> "arn:aws:iam::" + id + ":policy/" + name + "-policy";
            case "AwsCloudTrailTrail" -> "arn:aws:cloudtrail:" + REGION + ":" + id + ":trail/organization-trail";
            case null -> throw new IllegalStateException("unreachable");
            default -> "arn:aws:" + service(type) + ":" + REGION + ":" + id + ":" + type.substring(3)
                    .toLowerCase(java.util.Locale.ROOT) + "/" + name;
        };
        boolean global = type.startsWith("AwsIam") || type.equals("AwsS3Bucket");
        return new FindingResource(id, global ? GLOBAL_REGION : REGION, arn, type);
    }

    private static String service(String type) {
        return switch (type) {
            case "AwsRdsDbInstance", "AwsRdsDbSnapshot" -> "rds";
            case "AwsKmsKey" -> "kms";
            case "AwsEfsFileSystem" -> "elasticfilesystem";
            case "AwsEcrRepository" -> "ecr";
            case "AwsLambdaFunction" -> "lambda";
            case "AwsCertificateManagerCertificate" -> "acm";
            default -> "ec2";
        };
    }

    private SplittableRandom random(String... parts) {
        long hash = seed;
        for (byte b : String.join("|", parts).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ b) * 0x100000001b3L; // FNV-1a: stable across runs and JVMs, unlike String.hashCode mixing
        }
        return new SplittableRandom(hash);
    }
}
