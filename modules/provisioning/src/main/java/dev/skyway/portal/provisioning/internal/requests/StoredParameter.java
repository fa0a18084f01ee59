package dev.skyway.portal.provisioning.internal.requests;

/**
 * One parameter value of a request, as stored.
 *
 * @param value  the value in clear; null for NoEcho parameters
 * @param sealed the encrypted value of a NoEcho parameter ({@link SecretBox}); null otherwise, and after provisioning
 *               (or, for an UPDATE, when the requester left it empty to keep the current value)
 */
public record StoredParameter(String key, String value, boolean noEcho, String sealed) {

    public static StoredParameter plain(String key, String value) {
        return new StoredParameter(key, value, false, null);
    }

    public static StoredParameter secret(String key, String sealed) {
        return new StoredParameter(key, null, true, sealed);
    }
}
