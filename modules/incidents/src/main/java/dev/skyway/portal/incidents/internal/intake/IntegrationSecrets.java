package dev.skyway.portal.incidents.internal.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Integration secrets: 256 random bits, URL-safe (an SNS secret is part of a path). Only their SHA-256 is stored; a
 * secret this long needs no slow hash, and comparing digests takes the same time whatever matches.
 */
public final class IntegrationSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private IntegrationSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    public static boolean matches(@Nullable String secret, String storedSha256) {
        if (secret == null || secret.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(digest(secret), HexFormat.of().parseHex(storedSha256));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
