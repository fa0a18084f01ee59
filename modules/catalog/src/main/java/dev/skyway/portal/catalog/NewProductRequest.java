package dev.skyway.portal.catalog;

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
 */
public record NewProductRequest(String productId, String versionId, String environment, String accountId,
                                Map<String, String> parameters, String justification, String costCenter) {

    public NewProductRequest {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
    }
}
