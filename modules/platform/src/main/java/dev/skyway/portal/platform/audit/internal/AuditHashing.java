package dev.skyway.portal.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's canonical form, link hash and HMAC. The link hash is SHA-256 over the previous entry's hash and a JSON
 * array of the entry's fields in a fixed order: anyone can recompute it, so it proves order and content only to
 * someone who trusts the head. The HMAC-SHA256 covers the key id, the same previous hash and the same canonical form
 * under a key the database does not hold, so a rewrite with recomputed links is still detected. Times are cut to
 * microseconds, the precision both databases keep, so a stored entry hashes the same when read back.
 */
public final class AuditHashing {

    public static final String GENESIS_HASH = "0".repeat(64);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditHashing() {
    }

    public static Instant normalize(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Details as canonical JSON text (map keys sorted). */
    public static String detailsJson(Map<String, ?> details) {
        return JSON.writeValueAsString(details);
    }

    public static String hash(String prevHash, StoredFields entry) {
        String canonical = canonical(entry);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** HMAC of an entry under {@code keyId}: binds the key id, the link to the previous entry and the content. */
    public static String mac(AuditKeys keys, String keyId, String prevHash, StoredFields entry) {
        return keys.mac(keyId, keyId + '\n' + prevHash + '\n' + canonical(entry));
    }

    private static String canonical(StoredFields entry) {
        return JSON.writeValueAsString(Arrays.asList(entry.chain(), Long.toString(entry.seq()),
                normalize(entry.occurredAt()).toString(), entry.actorIssuer(), entry.actorSubject(),
                entry.actorName(), entry.action(), entry.targetType(), entry.targetId(), entry.details(),
                entry.correlationId(), entry.eventId()));
    }

    /** The hashed fields of an entry, as stored. */
    public record StoredFields(String chain, long seq, Instant occurredAt, String actorIssuer, String actorSubject,
                               @Nullable String actorName, String action, String targetType, String targetId,
                               String details, @Nullable String correlationId, @Nullable String eventId) {
    }
}
