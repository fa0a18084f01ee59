package dev.skyway.portal.incidents.internal.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/** Fitting what senders write into the columns that keep it. */
public final class Texts {

    private Texts() {
    }

    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static @Nullable String cutOrNull(@Nullable String text, int max) {
        return text == null || text.isBlank() ? null : cut(text.strip(), max);
    }

    /**
     * A dedup key made from an AWS identifier (an ARN can be longer than a dedup key may be): the identifier itself
     * when it fits, else {@code sha256:} and its digest.
     */
    public static String key(String identifier) {
        if (identifier.length() <= AlertSignal.MAX_DEDUP_KEY) {
            return identifier;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
