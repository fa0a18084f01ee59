package dev.skyway.portal.provisioning.internal.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.skyway.portal.provisioning.internal.Provisioner;

/**
 * Realistic stack outputs for the sandbox account's products (by their ids in {@code account.yml}), derived from the parameters (never from NoEcho ones) and the
 * provision token (so ids are stable for one request): S3 bucket name/ARN, RDS endpoint/port, VPC id, and the
 * CloudFormation stack ARN for every product.
 */
final class SandboxOutputs {

    private SandboxOutputs() {
    }

    static Map<String, String> of(Provisioner.Command c, String region) {
        Map<String, String> p = c.parameters();
        Map<String, String> out = new LinkedHashMap<>();
        String account = c.accountId();
        if (c.productId().equals("prod-sbxs3bucket01")) {
            String bucket = account + "-" + region + "-" + p.get("BucketNameSuffix");
            out.put("BucketName", bucket);
            out.put("BucketArn", "arn:aws:s3:::" + bucket);
        }
        if (c.productId().equals("prod-sbxrdspgsql01")) {
            String instance = c.provisionedName().toLowerCase().replaceAll("[^a-z0-9-]", "-");
            out.put("DbEndpoint", instance + "." + hex(c.provisionToken() + "rds", 12) + "." + region
                    + ".rds.amazonaws.com");
            out.put("DbPort", "5432");
            out.put("DbName", p.getOrDefault("DBName", "app")); // the template's default
        }
        if (c.productId().equals("prod-sbxvpc0000001")) {
            out.put("VpcId", "vpc-" + hex(c.provisionToken() + "vpc", 17));
        }
        out.put("CloudFormationStackArn", "arn:aws:cloudformation:" + region + ":" + account + ":stack/SC-" + account
                + "-pp-" + hex(c.provisionToken() + "pp", 13) + "/" + uuid(c.provisionToken()));
        return out;
    }

    static String hex(String seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uuid(String seed) {
        String h = hex(seed + "stack", 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }
}
