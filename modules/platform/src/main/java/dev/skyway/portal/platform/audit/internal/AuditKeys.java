package dev.skyway.portal.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The ledger's HMAC-SHA256 keys by id, and the active one that signs new entries. Old keys stay so that entries they
 * signed still verify after a rotation. Holds no key material in {@link #toString()}.
 */
public final class AuditKeys {

    /** Signs entries when nothing is configured outside production. Public, so it proves nothing: the log says so. */
    public static final String DEVELOPMENT_KEY_ID = "dev-insecure";
    private static final String DEVELOPMENT_KEY =
            Base64.getEncoder().encodeToString("skyway-audit-development-key-NOT-A-SECRET".getBytes(StandardCharsets.UTF_8));

    static final int MIN_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;

    private AuditKeys(Map<String, SecretKeySpec> keys, String activeKeyId) {
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /**
     * @param keys        key id to Base64 secret
     * @param activeKeyId may be left out when there is exactly one key
     * @throws IllegalArgumentException when a key id or secret is malformed, a secret is shorter than 32 bytes, or
     *                                  the active key is not among the keys
     */
    public static AuditKeys of(Map<String, String> keys, @Nullable String activeKeyId) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("portal.audit.keys is empty");
        }
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        keys.forEach((id, secret) -> parsed.put(checkedId(id), secretKey(id, secret)));
        String active = activeKeyId;
        if (active == null) {
            if (parsed.size() != 1) {
                throw new IllegalArgumentException("portal.audit.active-key-id must name one of the configured keys "
                        + parsed.keySet());
            }
            active = parsed.keySet().iterator().next();
        }
        if (!parsed.containsKey(active)) {
            throw new IllegalArgumentException("portal.audit.active-key-id '" + active + "' is not among the "
                    + "configured keys " + parsed.keySet());
        }
        return new AuditKeys(parsed, active);
    }

    /** The public development key only: for local runs and tests, never for production. */
    public static AuditKeys development() {
        return of(Map.of(DEVELOPMENT_KEY_ID, DEVELOPMENT_KEY), DEVELOPMENT_KEY_ID);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    public boolean isDevelopmentKeyActive() {
        return DEVELOPMENT_KEY_ID.equals(activeKeyId);
    }

    /**
     * Lowercase hex HMAC-SHA256 of {@code input} under the key {@code keyId}.
     *
     * @throws IllegalArgumentException when the key is unknown
     */
    public String mac(String keyId, String input) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("Unknown audit key id '" + keyId + "'");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("portal.audit.keys: key id '" + id + "' must be 1-64 lowercase "
                    + "letters, digits or '-', starting with a letter or digit");
        }
        return id;
    }

    private static SecretKeySpec secretKey(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("portal.audit.keys." + id + " must be Base64", e);
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("portal.audit.keys." + id + " must be at least " + MIN_KEY_BYTES
                    + " bytes (Base64 of 32 random bytes: openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Override
    public String toString() {
        return "AuditKeys[active=" + activeKeyId + ", ids=" + keys.keySet() + "]";
    }
}
