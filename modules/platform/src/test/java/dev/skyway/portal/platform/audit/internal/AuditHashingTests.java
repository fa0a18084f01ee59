package dev.skyway.portal.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.audit.internal.AuditHashing.StoredFields;

class AuditHashingTests {

    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123456789Z");

    private static StoredFields fields(String details, String action) {
        return new StoredFields("main", 7, AT, "local", "erin", "Erin", action, "thing", "t-1", details, null, null);
    }

    @Test
    void sameEntryAndPredecessorGiveTheSameHash() {
        String a = AuditHashing.hash(AuditHashing.GENESIS_HASH, fields("{}", "x"));
        String b = AuditHashing.hash(AuditHashing.GENESIS_HASH, fields("{}", "x"));

        assertThat(a).isEqualTo(b).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        String original = AuditHashing.hash(AuditHashing.GENESIS_HASH, fields("{}", "x"));

        assertThat(AuditHashing.hash(AuditHashing.GENESIS_HASH, fields("{}", "y"))).isNotEqualTo(original);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS_HASH, fields("{\"a\":1}", "x"))).isNotEqualTo(original);
        assertThat(AuditHashing.hash("1".repeat(64), fields("{}", "x"))).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        StoredFields one = new StoredFields("main", 1, AT, "local", "ab", "c", "x", "t", "1", "{}", null, null);
        StoredFields other = new StoredFields("main", 1, AT, "local", "a", "bc", "x", "t", "1", "{}", null, null);

        assertThat(AuditHashing.hash(AuditHashing.GENESIS_HASH, one))
                .isNotEqualTo(AuditHashing.hash(AuditHashing.GENESIS_HASH, other));
    }

    @Test
    void detailsAreCanonicalWhateverTheMapOrder() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("b", 2);
        inserted.put("a", 1);

        assertThat(AuditHashing.detailsJson(inserted)).isEqualTo(AuditHashing.detailsJson(new TreeMap<>(inserted)))
                .isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void timesAreHashedAtTheMicrosecondPrecisionDatabasesKeep() {
        StoredFields nanos = fields("{}", "x");
        StoredFields micros = new StoredFields("main", 7, AuditHashing.normalize(AT), "local", "erin", "Erin", "x",
                "thing", "t-1", "{}", null, null);

        assertThat(AuditHashing.hash(AuditHashing.GENESIS_HASH, nanos))
                .isEqualTo(AuditHashing.hash(AuditHashing.GENESIS_HASH, micros));
    }
}
