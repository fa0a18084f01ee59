package dev.skyway.portal.provisioning;

import java.util.Map;

/**
 * What an engineer asks for.
 *
 * @param productId     never null
 * @param versionId     null for the product's default (newest not deprecated) version
 * @param environment   {@code dev}, {@code staging} or {@code prod}
 * @param accountId     the 12-digit AWS account to provision into
 * @param parameters    parameter key -> value as typed; empty or missing values take the template's default; never
 *                      null
 * @param justification why; required, at most {@value ProductRequests#MAX_JUSTIFICATION} characters
 * @param costCenter    may be null
 * @param tags          tag key -> value: a value for each of the product's TagOptions plus free tags (see
 *                      {@link RequestTags}); never null (empty when not given)
 */
public record NewProductRequest(String productId, String versionId, String environment, String accountId,
                                Map<String, String> parameters, String justification, String costCenter,
                                Map<String, String> tags) {

    public NewProductRequest {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    /** A request without tags (for products without TagOptions). */
    public NewProductRequest(String productId, String versionId, String environment, String accountId,
                             Map<String, String> parameters, String justification, String costCenter) {
        this(productId, versionId, environment, accountId, parameters, justification, costCenter, Map.of());
    }
}
