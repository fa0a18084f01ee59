package dev.skyway.portal.provisioning.internal.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Target;

/**
 * The version hash approvers decide on: SHA-256 (hex) over a canonical form of the request's content: product,
 * version, environment, account, justification, cost center and every non-NoEcho parameter sorted by key, each as
 * {@code name=<length>:<value>} so no two different requests share a form, then every tag sorted by key. NoEcho
 * values never enter it. A request without tags hashes as it did before tags existed.
 */
public final class SubjectHashes {

    private SubjectHashes() {
    }

    /**
     * @param parameters the non-NoEcho values only
     * @param tags       the request's tags
     */
    public static String of(RequestedProduct product, Target target, Purpose purpose, Map<String, String> parameters,
                            Map<String, String> tags) {
        return of(product.productId(), product.versionId(), target.environment(), target.accountId(),
                purpose.justification(), purpose.costCenter(), parameters, tags);
    }

    /** @param parameters the non-NoEcho values only */
    public static String of(String productId, String versionId, String environment, String accountId,
                            String justification, @Nullable String costCenter, Map<String, String> parameters) {
        return of(productId, versionId, environment, accountId, justification, costCenter, parameters, Map.of());
    }

    /**
     * @param parameters the non-NoEcho values only
     * @param tags       the request's tags
     */
    public static String of(String productId, String versionId, String environment, String accountId,
                            String justification, @Nullable String costCenter, Map<String, String> parameters,
                            Map<String, String> tags) {
        StringBuilder canonical = new StringBuilder("product-request/v1\n");
        field(canonical, "product", productId);
        field(canonical, "version", versionId);
        field(canonical, "environment", environment);
        field(canonical, "account", accountId);
        field(canonical, "justification", justification);
        field(canonical, "costCenter", costCenter);
        new TreeMap<>(parameters).forEach((k, v) -> field(canonical, "parameter." + k, v));
        new TreeMap<>(tags).forEach((k, v) -> field(canonical, "tag." + k, v));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        String v = value == null ? "" : value;
        out.append(name).append('=').append(value == null ? -1 : v.length()).append(':').append(v).append('\n');
    }
}
