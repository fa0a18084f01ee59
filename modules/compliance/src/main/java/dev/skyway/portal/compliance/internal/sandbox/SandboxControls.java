package dev.skyway.portal.compliance.internal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.Severity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checks of the shipped frameworks, with a title, severity and resource type each. */
final class SandboxControls {

    static final List<String> SHIPPED = List.of("compliance/frameworks/aws_foundational_security_best_practices_aws.json",
            "compliance/frameworks/cis_3.0_aws.json");

    /** Checks no API can answer: Prowler reports them MANUAL. */
    static final Set<String> MANUAL = Set.of("account_maintain_current_contact_details",
            "account_security_questions_are_registered_in_the_aws_account",
            "account_security_contact_information_is_registered");

    /** Resource types by check id prefix; checks without one are about the account itself. */
    private static final Map<String, String> RESOURCE_TYPES = prefixes();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SandboxControls() {
    }

    /** Every check of the shipped frameworks, sorted by id. */
    static List<SandboxControl> shipped() {
        Map<String, Builder> byCheck = new TreeMap<>();
        for (String resource : SHIPPED) {
            JsonNode framework = read(resource);
            String name = framework.path("Framework").asString() + "-" + framework.path("Version").asString();
            for (JsonNode requirement : framework.path("Requirements")) {
                String title = text(requirement, "Name", text(requirement, "Description", requirement.path("Id")
                        .asString()));
                String severity = requirement.path("Attributes").path(0).path("Severity").asString("");
                for (JsonNode check : requirement.path("Checks")) {
                    Builder builder = byCheck.computeIfAbsent(check.asString(), k -> new Builder());
                    builder.title = builder.title == null ? title : builder.title;
                    if (!severity.isEmpty()) {
                        builder.severity = Severity.normalize(severity);
                    }
                    builder.requirements.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(requirement.path("Id").asString());
                }
            }
        }
        List<SandboxControl> controls = new ArrayList<>();
        byCheck.forEach((check, b) -> controls.add(new SandboxControl(check, b.title == null ? check : b.title,
                b.severity != null ? b.severity : check.contains("root") ? Severity.CRITICAL : Severity.MEDIUM,
                resourceType(check), MANUAL.contains(check), Map.copyOf(b.requirements))));
        return List.copyOf(controls);
    }

    static @Nullable String resourceType(String checkId) {
        for (var entry : RESOURCE_TYPES.entrySet()) {
            if (checkId.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> prefixes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("s3_bucket_", "AwsS3Bucket");
        types.put("ec2_instance_", "AwsEc2Instance");
        types.put("ec2_securitygroup_", "AwsEc2SecurityGroup");
        types.put("ec2_networkacl_", "AwsEc2NetworkAcl");
        types.put("ec2_ebs_volume", "AwsEc2Volume");
        types.put("ec2_ebs_public_snapshot", "AwsEc2Snapshot");
        types.put("rds_snapshots", "AwsRdsDbSnapshot");
        types.put("rds_", "AwsRdsDbInstance");
        types.put("iam_user_", "AwsIamUser");
        types.put("iam_rotate_access_key", "AwsIamUser");
        types.put("iam_aws_attached_policy", "AwsIamPolicy");
        types.put("iam_customer_attached_policy", "AwsIamPolicy");
        types.put("iam_policy_attached", "AwsIamPolicy");
        types.put("kms_", "AwsKmsKey");
        types.put("efs_", "AwsEfsFileSystem");
        types.put("ecr_", "AwsEcrRepository");
        types.put("awslambda_", "AwsLambdaFunction");
        types.put("acm_", "AwsCertificateManagerCertificate");
        types.put("vpc_", "AwsEc2Vpc");
        types.put("cloudtrail_", "AwsCloudTrailTrail");
        return Map.copyOf(types).entrySet().stream().sorted(Map.Entry.<String, String>comparingByKey().reversed())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    private static String text(JsonNode node, String field, String fallback) {
        String value = node.path(field).asString("");
        return value.isBlank() ? fallback : value;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SandboxControls.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {
        @Nullable String title;
        @Nullable Severity severity;
        final Map<String, List<String>> requirements = new TreeMap<>();
    }
}
