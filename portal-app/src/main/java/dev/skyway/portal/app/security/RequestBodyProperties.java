package dev.skyway.portal.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How large an API request body may be ({@code PORTAL_SECURITY_REQUESTBODY_MAXSIZE}, e.g. {@code 1MB}); larger ones
 * are refused with 413 before anything reads them. The portal's largest legitimate JSON body, an approval policy, is
 * a few kilobytes. File uploads ({@link #UPLOADS}: FOCUS cost files, streamed to disk, never held in memory) have
 * their own limit ({@code PORTAL_SECURITY_REQUESTBODY_MAXUPLOADSIZE}, default 5GB).
 */
@Validated
@ConfigurationProperties("portal.security.request-body")
record RequestBodyProperties(@DefaultValue("1MB") @NotNull DataSize maxSize,
                             @DefaultValue("5GB") @NotNull DataSize maxUploadSize) {

    /** API paths whose body is a file, streamed to disk by the endpoint. */
    static final java.util.Set<String> UPLOADS = java.util.Set.of("/api/v1/cost/imports",
            "/api/v1/compliance/imports");
}
