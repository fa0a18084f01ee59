package dev.skyway.portal.provisioning.internal.requests;

import org.jspecify.annotations.Nullable;

/**
 * One parameter value of a request, as stored.
 *
 * @param value  the value in clear; absent for NoEcho parameters
 * @param sealed the encrypted value of a NoEcho parameter ({@link SecretBox}); absent otherwise, and after
 *               provisioning (or, for an UPDATE, when the requester left it empty to keep the current value)
 */
public record StoredParameter(String key, @Nullable String value, boolean noEcho, @Nullable String sealed) {

    public static StoredParameter plain(String key, String value) {
        return new StoredParameter(key, value, false, null);
    }

    public static StoredParameter secret(String key, String sealed) {
        return new StoredParameter(key, null, true, sealed);
    }
}
