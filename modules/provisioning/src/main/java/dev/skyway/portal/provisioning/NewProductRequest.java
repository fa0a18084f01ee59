package dev.skyway.portal.provisioning;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an engineer asks for.
 *
 * @param versionId     absent for the product's default (newest not deprecated) version
 * @param environment   {@code dev}, {@code staging} or {@code prod}
 * @param accountId     the 12-digit AWS account to provision into
 * @param parameters    parameter key -> value as typed; empty or missing values take the template's default
 * @param justification why; required, at most {@value ProductRequests#MAX_JUSTIFICATION} characters
 * @param tags          tag key -> value: a value for each of the product's TagOptions plus free tags (see
 *                      {@link RequestTags}); empty when not given
 */
public record NewProductRequest(String productId, @Nullable String versionId, String environment, String accountId,
                                Map<String, String> parameters, String justification, @Nullable String costCenter,
                                Map<String, String> tags) {

    public NewProductRequest {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    /** A request without tags (for products without TagOptions). */
    public NewProductRequest(String productId, @Nullable String versionId, String environment, String accountId,
                             Map<String, String> parameters, String justification, @Nullable String costCenter) {
        this(productId, versionId, environment, accountId, parameters, justification, costCenter, Map.of());
    }
}
