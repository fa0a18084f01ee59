package dev.skyway.portal.provisioning.internal.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * One request of the sandbox's made-up history: who asked for which product where, with which values, how long ago
 * it was provisioned and, for a product since terminated, how long ago that was. The requester is the local profile's
 * demo engineer (Erin Engineer, team {@code payments}), and the accounts are team payments' dev, staging and prod
 * accounts of the sandbox organization (the accounts module's seed), so the history passes the same rules as a new
 * request. Network values (VPC, subnets) are the target account's, filled in when the request is recorded.
 *
 * @param key                a stable name: the request's id is derived from it
 * @param values             the requester's values (no network ids, no NoEcho values: those are never kept)
 * @param terminatedDaysAgo  absent for a product that still exists
 */
record HistoryPlan(String key, PortalUser requester, String productId, String environment, String accountId,
                   Map<String, String> values, String justification, String dataClassification,
                   int provisionedDaysAgo, @Nullable Integer terminatedDaysAgo, @Nullable String terminationReason) {

    /** The local profile's demo engineer (DemoUsers in the app), as a login would make them. */
    static final PortalUser ENGINEER = new PortalUser(PortalUser.LOCAL_ISSUER, "engineer", "engineer",
            "Erin Engineer", "engineer@example.com", "payments", Set.of(), Set.of(Role.ENGINEER));

    static final String PAYMENTS_PROD = "382272806015";
    static final String PAYMENTS_STAGING = "392717429185";
    static final String PAYMENTS_DEV = "393761891502";
    static final String COST_CENTER = "CC-1001 Payments";

    static final String S3 = "prod-sbxs3bucket01";
    static final String RDS = "prod-sbxrdspgsql01";
    static final String VPC = "prod-sbxvpc0000001";
    static final String ECS = "prod-sbxecsfarg001";
    static final String LAMBDA = "prod-sbxlambda0001";
    static final String EKS = "prod-sbxekscluster1";

    /** Oldest first: seven products still running and two terminated, provisioned 12 to 118 days ago. */
    static final List<HistoryPlan> ALL = List.of(
            running("payments-dev-network", VPC, "dev", PAYMENTS_DEV, values("NatGateways", "single"),
                    "Network for the payments team's dev account", "internal", 118),
            running("orders-db", RDS, "prod", PAYMENTS_PROD, values("DBName", "orders", "InstanceClass",
                            "db.m7g.large", "AllocatedStorage", "200", "MultiAZ", "true", "BackupRetentionDays", "14"),
                    "Orders database for the payments service (PCI scope)", "confidential", 104),
            terminated("recon-scratch", S3, "dev", PAYMENTS_DEV, values("BucketNameSuffix", "recon-scratch"),
                    "Scratch space for the reconciliation spike", "internal", 96, 45,
                    "The reconciliation spike is over"),
            running("ledger-exports", S3, "prod", PAYMENTS_PROD, values("BucketNameSuffix", "ledger-exports",
                            "Encryption", "SSE-KMS"),
                    "Daily ledger exports for finance", "confidential", 88),
            running("payments-api", ECS, "prod", PAYMENTS_PROD, values("ServiceName", "payments-api",
                            "ContainerImage", "public.ecr.aws/skyway/payments-api:1.42.0", "TaskSize", "1vCPU-2GB",
                            "DesiredCount", "3"),
                    "Payments API on Fargate, moving off the old EC2 fleet", "confidential", 75),
            running("fraud-scoring", LAMBDA, "staging", PAYMENTS_STAGING, values("FunctionName", "fraud-scoring",
                            "CodeBucket", "payments-artifacts", "CodeKey", "fraud-scoring/1.7.0.zip",
                            "MemorySize", "2048"),
                    "Fraud scoring model behind the checkout flow, staging first", "internal", 61),
            terminated("payments-staging-eks", EKS, "staging", PAYMENTS_STAGING, values("ClusterName",
                            "payments-staging", "NodeInstanceType", "m7g.large", "NodeCount", "3",
                            "NodeDiskGiB", "50"),
                    "Trying EKS for the payments services in staging", "internal", 58, 20,
                    "We stay on ECS Fargate; the trial cluster goes"),
            running("settlement-db-staging", RDS, "staging", PAYMENTS_STAGING, values("DBName", "settlement",
                            "InstanceClass", "db.t4g.medium", "AllocatedStorage", "100"),
                    "Settlement database for staging tests", "internal", 33),
            running("webhook-relay", LAMBDA, "dev", PAYMENTS_DEV, values("FunctionName", "webhook-relay",
                            "CodeBucket", "payments-artifacts", "CodeKey", "webhook-relay/0.3.1.zip",
                            "MemorySize", "512"),
                    "Relays card network webhooks to the dev stack", "internal", 12));

    /** The request's id: the same on every first start, so the cost data's tags and the requests agree. */
    UUID id() {
        return uuid("sandbox-history/" + key);
    }

    /** The id of the TERMINATE request of a terminated product. */
    UUID terminationId() {
        return uuid("sandbox-history/" + key + "/terminate");
    }

    /** The product's TagOptions in their order, as the requester chose them. */
    Map<String, String> tags(ProductDetail product) {
        Map<String, String> chosen = Map.of("cost-center", COST_CENTER, "data-classification", dataClassification);
        Map<String, String> tags = new LinkedHashMap<>();
        product.tagOptions().keySet().stream().filter(chosen::containsKey).forEach(key -> tags.put(key,
                chosen.get(key)));
        return tags;
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static HistoryPlan running(String key, String productId, String environment, String accountId,
                                       Map<String, String> values, String justification, String classification,
                                       int daysAgo) {
        return new HistoryPlan(key, ENGINEER, productId, environment, accountId, values, justification,
                classification, daysAgo, null, null);
    }

    private static HistoryPlan terminated(String key, String productId, String environment, String accountId,
                                          Map<String, String> values, String justification, String classification,
                                          int daysAgo, int terminatedDaysAgo, String reason) {
        return new HistoryPlan(key, ENGINEER, productId, environment, accountId, values, justification,
                classification, daysAgo, terminatedDaysAgo, reason);
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
