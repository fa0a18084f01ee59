package dev.skyway.portal.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How large an API request body may be ({@code PORTAL_SECURITY_REQUESTBODY_MAXSIZE}, e.g. {@code 1MB}); larger ones
 * are refused with 413 before anything reads them. The portal's largest legitimate body, an approval policy, is a
 * few kilobytes.
 */
@Validated
@ConfigurationProperties("portal.security.request-body")
record RequestBodyProperties(@DefaultValue("1MB") @NotNull DataSize maxSize) {
}
