package dev.skyway.portal.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which IAM actions an SDK operation needs. By default {@code <prefix>:<Operation>}, where the prefix is the service's
 * IAM prefix (the SDK's package name, except Cost Explorer's {@code ce}). The known exceptions, from the services'
 * authorization references, are listed here with the reason; an operation missing from them falls back to the
 * default, so a new call is never silently allowed.
 */
final class IamActions {

    private static final Map<String, String> PREFIX_BY_SDK_PACKAGE = Map.of("costexplorer", "ce");

    /** Operations whose IAM action is named differently. */
    private static final Map<String, List<String>> RENAMED = Map.ofEntries(
            // S3: listing a bucket and reading metadata are authorized as the bucket's and the object's read
            Map.entry("s3:ListObjectsV2", List.of("s3:ListBucket")),
            Map.entry("s3:ListObjects", List.of("s3:ListBucket")),
            Map.entry("s3:HeadObject", List.of("s3:GetObject")),
            Map.entry("s3:HeadBucket", List.of("s3:ListBucket")),
            // the audit anchors are written with an Object Lock retention, which S3 authorizes separately
            Map.entry("s3:PutObject", List.of("s3:PutObject", "s3:PutObjectRetention")),
            // AWS Budgets authorizes reads as ViewBudget and writes as ModifyBudget
            Map.entry("budgets:DescribeBudget", List.of("budgets:ViewBudget")),
            Map.entry("budgets:DescribeBudgets", List.of("budgets:ViewBudget")),
            Map.entry("budgets:DescribeNotificationsForBudget", List.of("budgets:ViewBudget")),
            Map.entry("budgets:CreateBudget", List.of("budgets:ModifyBudget")),
            Map.entry("budgets:UpdateBudget", List.of("budgets:ModifyBudget")),
            Map.entry("budgets:DeleteBudget", List.of("budgets:ModifyBudget")));

    /** Operations that need more than their own action: Athena reads the Glue catalog and writes its results to S3. */
    private static final Map<String, List<String>> ALSO_NEEDED = Map.of(
            "athena:StartQueryExecution", List.of("glue:GetDatabase", "glue:GetTable", "glue:GetPartitions",
                    "s3:GetBucketLocation", "s3:ListBucket", "s3:GetObject", "s3:PutObject",
                    "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"),
            "athena:GetQueryResults", List.of("s3:GetObject"),
            // Service Catalog hands out the template's S3 URL; the portal downloads it with its own credentials
            "servicecatalog:DescribeProvisioningArtifact", List.of("s3:GetObject"));

    /** Operations that IAM never denies, so no policy names them. */
    private static final Set<String> ALWAYS_ALLOWED = Set.of("sts:GetCallerIdentity");

    private IamActions() {
    }

    /** The IAM actions one call needs (empty for the operations IAM does not authorize). */
    static Set<String> neededFor(String sdkPackage, String operation) {
        String action = PREFIX_BY_SDK_PACKAGE.getOrDefault(sdkPackage, sdkPackage) + ":" + operation;
        Set<String> needed = new LinkedHashSet<>();
        if (ALWAYS_ALLOWED.contains(action)) {
            return needed;
        }
        needed.addAll(RENAMED.getOrDefault(action, List.of(action)));
        needed.addAll(ALSO_NEEDED.getOrDefault(action, List.of()));
        return needed;
    }
}
