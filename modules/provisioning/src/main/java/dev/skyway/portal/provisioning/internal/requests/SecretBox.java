package dev.skyway.portal.provisioning.internal.requests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts NoEcho parameter values at rest with AES-GCM (random 96-bit IV per value; the request id and parameter key
 * are authenticated as associated data, so a ciphertext cannot be moved to another request or parameter).
 *
 * <p>Keys are rotatable: {@code portal.secrets.keys} maps key ids to Base64 AES keys (16, 24 or 32 bytes) and
 * {@code portal.secrets.active-key-id} names the one that encrypts new values, written as
 * {@code v2:<keyId>:<Base64(iv | ciphertext)>} with the key id also authenticated. Older keys stay configured until no
 * value needs them. The single key of {@code portal.catalog.secret-key} still works: it is the key id
 * {@value #LEGACY_KEY_ID}, decrypts the values written before key ids existed ({@code v1:<Base64>}), and encrypts new
 * values when no other key is active. Without any key, requests that carry a NoEcho value are refused.
 */
public final class SecretBox {

    /** The key id of {@code portal.catalog.secret-key}, which also decrypts the {@code v1:} values without a key id. */
    public static final String LEGACY_KEY_ID = "legacy";

    private static final String LEGACY_PREFIX = "v1:";
    private static final String PREFIX = "v2:";
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final @Nullable String activeKeyId;

    /** Only the legacy single key; {@code base64Key} absent or blank for "no key configured". */
    public SecretBox(@Nullable String base64Key) {
        this(Map.of(), null, base64Key);
    }

    /**
     * @param keys        key id to Base64 AES key; may be empty
     * @param activeKeyId the key for new values; may be left out when there is exactly one key (the legacy one
     *                    included)
     * @param legacyKey   {@code portal.catalog.secret-key}; absent or blank when not configured
     * @throws IllegalArgumentException when a key or key id is malformed or the active key is not configured
     */
    public SecretBox(Map<String, String> keys, @Nullable String activeKeyId, @Nullable String legacyKey) {
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        keys.forEach((id, key) -> parsed.put(checkedId(id), aesKey("portal.secrets.keys." + id, key)));
        if (legacyKey != null && !legacyKey.isBlank()) {
            SecretKeySpec legacy = aesKey("portal.catalog.secret-key", legacyKey);
            SecretKeySpec named = parsed.putIfAbsent(LEGACY_KEY_ID, legacy);
            if (named != null && !named.equals(legacy)) {
                throw new IllegalArgumentException("portal.secrets.keys." + LEGACY_KEY_ID + " and "
                        + "portal.catalog.secret-key differ: the key id '" + LEGACY_KEY_ID + "' is "
                        + "portal.catalog.secret-key");
            }
        }
        this.keys = Map.copyOf(parsed);
        this.activeKeyId = active(parsed, activeKeyId == null || activeKeyId.isBlank() ? null : activeKeyId.strip());
    }

    public boolean configured() {
        return activeKeyId != null;
    }

    /** @return the key id that encrypts new values; absent when no key is configured */
    public @Nullable String activeKeyId() {
        return activeKeyId;
    }

    /** @throws IllegalStateException when no key is configured */
    public String encrypt(String plain, String context) {
        if (activeKeyId == null) {
            throw new IllegalStateException("portal.secrets.keys / portal.catalog.secret-key is not configured: "
                    + "secret (NoEcho) parameters cannot be stored");
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(128, iv));
            cipher.updateAAD(associatedData(activeKeyId, context));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret parameter", e);
        }
    }

    /**
     * @throws IllegalStateException when the value names a key that is not configured, is not in a known format, or
     *                               does not authenticate (tampered, or moved to another request or parameter)
     */
    public String decrypt(String sealed, String context) {
        String keyId;
        String payload;
        byte[] aad;
        if (sealed.startsWith(PREFIX) && sealed.indexOf(':', PREFIX.length()) > 0) {
            int colon = sealed.indexOf(':', PREFIX.length());
            keyId = sealed.substring(PREFIX.length(), colon);
            payload = sealed.substring(colon + 1);
            aad = associatedData(keyId, context);
        } else if (sealed.startsWith(LEGACY_PREFIX)) {
            // written before key ids existed, always with the single key of portal.catalog.secret-key
            keyId = LEGACY_KEY_ID;
            payload = sealed.substring(LEGACY_PREFIX.length());
            aad = context.getBytes(StandardCharsets.UTF_8);
        } else {
            throw new IllegalStateException("Unknown secret format");
        }
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("A secret parameter was encrypted with key '" + keyId + "', which is not "
                    + "configured (" + (LEGACY_KEY_ID.equals(keyId) ? "portal.catalog.secret-key" : "portal.secrets"
                    + ".keys." + keyId) + "); configured key ids: " + keys.keySet());
        }
        try {
            byte[] in = Base64.getDecoder().decode(payload);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            cipher.updateAAD(aad);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not decrypt a secret parameter with key '" + keyId + "': it was "
                    + "altered, belongs to another request or parameter, or the key's value changed", e);
        }
    }

    private static byte[] associatedData(String keyId, String context) {
        // the key id is authenticated too, so a value cannot be relabelled to another key
        return (PREFIX + keyId + ":" + context).getBytes(StandardCharsets.UTF_8);
    }

    private static @Nullable String active(Map<String, SecretKeySpec> keys, @Nullable String requested) {
        if (requested != null) {
            if (!keys.containsKey(requested)) {
                throw new IllegalArgumentException("portal.secrets.active-key-id '" + requested + "' is not among the "
                        + "configured keys " + keys.keySet());
            }
            return requested;
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException("portal.secrets.active-key-id must name one of the configured keys "
                    + keys.keySet());
        }
        return keys.isEmpty() ? null : keys.keySet().iterator().next();
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("portal.secrets.keys: key id '" + id + "' must be 1-64 lowercase "
                    + "letters, digits or '-', starting with a letter or digit");
        }
        return id;
    }

    private static SecretKeySpec aesKey(String property, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " must be Base64", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException(property + " must be 16, 24 or 32 bytes (Base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
