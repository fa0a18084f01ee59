package dev.skyway.portal.provisioning.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.secrets.*}: the rotatable keys that encrypt secret (NoEcho) parameter values at rest. The older single
 * key {@code portal.catalog.secret-key} still works as the key id {@code legacy}.
 *
 * @param keys        key id (lowercase letters, digits, {@code -}) to the Base64 of an AES key (16, 24 or 32 bytes);
 *                    keep a key configured as long as stored values use it. Never generate per start.
 * @param activeKeyId the key that encrypts new values; may be left out when exactly one key is configured
 */
@ConfigurationProperties("portal.secrets")
public record SecretsProperties(Map<String, String> keys, @Nullable String activeKeyId) {

    public SecretsProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
