package dev.skyway.portal.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.platform.audit.ChainVerification.Reason;
import dev.skyway.portal.platform.audit.internal.AuditAnchoring;
import dev.skyway.portal.platform.audit.internal.AuditChainVerifier;
import dev.skyway.portal.platform.audit.internal.AuditEntries;
import dev.skyway.portal.platform.audit.internal.AuditHashing;
import dev.skyway.portal.platform.audit.internal.AuditHashing.StoredFields;
import dev.skyway.portal.platform.audit.internal.AuditKeys;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.PlatformTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * What the ledger promises against someone who can write to its database but does not hold the HMAC key, run on H2
 * and on PostgreSQL by the subclasses. The portal is configured as after one key rotation: {@code k2026} signs new
 * entries, {@code k2025} is kept so that what it signed still verifies.
 *
 * <ol>
 *     <li>Every new entry carries the active key's id and an HMAC.</li>
 *     <li>Rewriting an entry and recomputing every following SHA-256 link is detected at that entry.</li>
 *     <li>So is recomputing the HMACs too with a key of the attacker's own, and so is stripping the HMAC.</li>
 *     <li>After a rotation, entries of the retired key still verify; an entry of a key the portal does not know is
 *     reported with that key id.</li>
 *     <li>Entries written before the ledger was keyed verify as legacy links, and the first keyed entry protects
 *     them: rewriting one is detected there.</li>
 *     <li>An anchor outside the database catches what an HMAC cannot: cutting off the newest entries together with
 *     the head row; and an auditor can check the chain against an anchor they bring.</li>
 * </ol>
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "portal.audit.keys.k2025=" + AuditChainSecurityContract.KEY_2025,
                "portal.audit.keys.k2026=" + AuditChainSecurityContract.KEY_2026,
                "portal.audit.active-key-id=k2026"})
abstract class AuditChainSecurityContract {

    static final String KEY_2025 = "MjAyNS1rZXktb2YtdGhlLWF1ZGl0LWxlZGdlci10ZXN0cy0zMmI=";
    static final String KEY_2026 = "MjAyNi1rZXktb2YtdGhlLWF1ZGl0LWxlZGdlci10ZXN0cy0zMmI=";
    static final String RETIRED_2024 = "MjAyNC1rZXktbm8tbG9uZ2VyLWNvbmZpZ3VyZWQtYW55d2hlcmU=";

    @Autowired
    AuditLedger ledger;

    @Autowired
    AuditEntries entries;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditAnchoring anchoring;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void emptyLedger() {
        jdbc.update("delete from platform.audit_entry");
        jdbc.update("delete from platform.audit_anchor");
        jdbc.update("update platform.audit_chain_head set last_seq = 0, last_hash = ?, keyed_from_seq = 1 "
                + "where chain = 'main'", AuditHashing.GENESIS_HASH);
        clock.reset();
        TestUsers.loginAs("sam", Role.SECURITY);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    // 1. signing

    @Test
    void everyNewEntryCarriesTheActiveKeyIdAndAnHmac() {
        AuditEntry entry = ledger.append(AuditRecord.of("thing.created", "thing", "t-1", Map.of()));

        assertThat(entry.keyId()).isEqualTo("k2026");
        assertThat(jdbc.queryForMap("select key_id, mac from platform.audit_entry where seq = 1"))
                .containsEntry("key_id", "k2026")
                .hasEntrySatisfying("mac", mac -> assertThat((String) mac).matches("[0-9a-f]{64}"));
        assertThat(ledger.verify().intact()).isTrue();
    }

    // 2. and 3. an attacker with database access but without the key

    @Test
    void rewritingAnEntryAndRecomputingEveryFollowingHashIsDetectedAtThatEntry() {
        appendFour();

        Attacker.rewriteDetailsAndRelink(jdbc, 2, "{\"size\":999}", null);

        ChainVerification result = ledger.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(Reason.HMAC_MISMATCH);
        assertThat(result.problem()).contains("#2").contains("HMAC");
        assertThat(result.checked()).isEqualTo(1);
    }

    @Test
    void recomputingTheHmacsWithAKeyOfTheAttackersOwnIsDetectedToo() {
        appendFour();
        AuditKeys guessed = AuditKeys.of(Map.of("k2026", RETIRED_2024), "k2026");

        Attacker.rewriteDetailsAndRelink(jdbc, 3, "{\"size\":0}", guessed);

        ChainVerification result = ledger.verify();
        assertThat(result.brokenAtSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Reason.HMAC_MISMATCH);
    }

    @Test
    void strippingTheHmacOffAKeyedEntryIsDetected() {
        appendFour();
        jdbc.update("update platform.audit_entry set key_id = null, mac = null where seq = 2");

        ChainVerification result = ledger.verify();
        assertThat(result.brokenAtSeq()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(Reason.UNKEYED_ENTRY);
    }

    @Test
    void editingAnEntryInPlaceIsStillReportedAsAHashMismatch() {
        appendFour();
        jdbc.update("update platform.audit_entry set target_id = 'elsewhere' where seq = 4");

        ChainVerification result = ledger.verify();
        assertThat(result.brokenAtSeq()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    // 4. rotation

    @Test
    void entriesOfTheRetiredKeyStillVerifyAfterARotation() {
        AuditLedger before = ledgerSigningWith(AuditKeys.of(Map.of("k2025", KEY_2025), "k2025"));
        transactions.executeWithoutResult(tx -> {
            before.append(AuditRecord.of("thing.created", "thing", "t-1", Map.of()));
            before.append(AuditRecord.of("thing.changed", "thing", "t-1", Map.of("size", 2)));
        });

        ledger.append(AuditRecord.of("thing.changed", "thing", "t-1", Map.of("size", 3)));

        assertThat(jdbc.queryForList("select key_id from platform.audit_entry order by seq", String.class))
                .containsExactly("k2025", "k2025", "k2026");
        ChainVerification result = ledger.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void anEntryOfAKeyThePortalDoesNotKnowIsReportedWithItsKeyId() {
        ledger.append(AuditRecord.of("thing.created", "thing", "t-1", Map.of()));
        AuditLedger unknown = ledgerSigningWith(AuditKeys.of(Map.of("k2024", RETIRED_2024), "k2024"));
        transactions.executeWithoutResult(tx ->
                unknown.append(AuditRecord.of("thing.changed", "thing", "t-1", Map.of())));

        ChainVerification result = ledger.verify();
        assertThat(result.brokenAtSeq()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(result.problem()).contains("'k2024'");
    }

    // 5. legacy entries from before the ledger was keyed

    @Test
    void entriesFromBeforeTheLedgerWasKeyedVerifyAsLegacyLinks() {
        writeLegacyEntries(2);

        ledger.append(AuditRecord.of("thing.changed", "thing", "t-3", Map.of()));

        ChainVerification result = verifier.verify(AuditEntries.MAIN_CHAIN);
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.legacyEntries()).isEqualTo(2);
    }

    @Test
    void rewritingALegacyEntryIsDetectedByTheFirstKeyedEntryAfterIt() {
        writeLegacyEntries(2);
        ledger.append(AuditRecord.of("thing.changed", "thing", "t-3", Map.of()));

        Attacker.rewriteDetailsAndRelink(jdbc, 1, "{\"forged\":true}", null);

        ChainVerification result = verifier.verify(AuditEntries.MAIN_CHAIN);
        assertThat(result.brokenAtSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Reason.HMAC_MISMATCH);
        assertThat(result.legacyEntries()).isEqualTo(2);
    }

    // 6. anchors outside the database

    @Test
    void cuttingOffTheNewestEntriesWithTheHeadRowIsCaughtByTheLastAnchor() {
        appendFour();
        AuditAnchor anchor = anchoring.anchorNow();
        assertThat(anchor.seq()).isEqualTo(4);
        assertThat(anchoring.anchorNow()).as("an unchanged head is not anchored twice").isNull();

        String hashOfTwo = jdbc.queryForObject("select hash from platform.audit_entry where seq = 2", String.class);
        jdbc.update("delete from platform.audit_entry where seq > 2");
        jdbc.update("update platform.audit_chain_head set last_seq = 2, last_hash = ? where chain = 'main'",
                hashOfTwo);

        ChainVerification result = verifier.verify(AuditEntries.MAIN_CHAIN);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRIES);
        assertThat(result.problem()).contains("anchor").contains("#4");
        assertThat(result.anchorSeq()).isEqualTo(4);
    }

    @Test
    void anAuditorCanCheckTheChainAgainstAnAnchorTheyBring() {
        appendFour();
        String hashOfThree = jdbc.queryForObject("select hash from platform.audit_entry where seq = 3",
                String.class);

        assertThat(ledger.verify(new AuditAnchor("main", 3, hashOfThree, Instant.now())).intact()).isTrue();

        ChainVerification result = ledger.verify(new AuditAnchor("main", 3, "f".repeat(64), Instant.now()));
        assertThat(result.brokenAtSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Reason.ANCHOR_MISMATCH);
    }

    private void appendFour() {
        for (int i = 1; i <= 4; i++) {
            ledger.append(AuditRecord.of("thing.changed", "thing", "t-" + i, Map.of("size", i)));
        }
    }

    /** A ledger as a deployment with other keys wrote it: same code, same database, other key configuration. */
    private AuditLedger ledgerSigningWith(AuditKeys keys) {
        return new AuditLedger(entries, verifier, keys, currentUser, clock);
    }

    /** Entries as the ledger wrote them before V18: SHA-256 linked, no key id, no HMAC. */
    private void writeLegacyEntries(int count) {
        transactions.executeWithoutResult(tx -> {
            for (int seq = 1; seq <= count; seq++) {
                AuditEntries.ChainHead head = entries.lockHead(AuditEntries.MAIN_CHAIN);
                StoredFields fields = new StoredFields(AuditEntries.MAIN_CHAIN, seq,
                        AuditHashing.normalize(clock.instant()), "local", "sam", null, "legacy.thing", "thing",
                        "t-" + seq, "{}", null, null);
                entries.insert(fields, head.lastHash(), AuditHashing.hash(head.lastHash(), fields), null, null);
            }
        });
        // what V18 records for a ledger that had these entries: keyed from the next one on
        jdbc.update("update platform.audit_chain_head set keyed_from_seq = ? where chain = 'main'", count + 1);
    }

    /**
     * Someone with write access to the database who knows the hashing scheme (it is no secret) but not the key.
     */
    static final class Attacker {

        /**
         * Replaces the details of entry {@code seq}, then recomputes the SHA-256 link of it and of every entry
         * after it and the head row, so that the plain hash chain is consistent again. With {@code ownKeys}, also
         * recomputes the HMACs under the key ids the entries name, with those (wrong) keys.
         */
        static void rewriteDetailsAndRelink(JdbcTemplate jdbc, long seq, String details, AuditKeys ownKeys) {
            jdbc.update("update platform.audit_entry set details = ? where seq = ?", details, seq);
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select * from platform.audit_entry where seq >= ? order by seq", seq);
            String prevHash = jdbc.queryForObject("select coalesce((select hash from platform.audit_entry "
                    + "where seq = ?), ?)", String.class, seq - 1, AuditHashing.GENESIS_HASH);
            for (Map<String, Object> row : rows) {
                StoredFields fields = fields(row);
                String hash = AuditHashing.hash(prevHash, fields);
                String keyId = (String) row.get("key_id");
                String mac = ownKeys == null || keyId == null ? (String) row.get("mac")
                        : AuditHashing.mac(ownKeys, keyId, prevHash, fields);
                jdbc.update("update platform.audit_entry set prev_hash = ?, hash = ?, mac = ? where seq = ?",
                        prevHash, hash, mac, fields.seq());
                prevHash = hash;
            }
            jdbc.update("update platform.audit_chain_head set last_hash = ? where chain = 'main'", prevHash);
        }

        private static StoredFields fields(Map<String, Object> row) {
            return new StoredFields((String) row.get("chain"), ((Number) row.get("seq")).longValue(),
                    instant(row.get("occurred_at")), (String) row.get("actor_issuer"),
                    (String) row.get("actor_subject"), (String) row.get("actor_name"), (String) row.get("action"),
                    (String) row.get("target_type"), (String) row.get("target_id"), (String) row.get("details"),
                    (String) row.get("correlation_id"), (String) row.get("event_id"));
        }

        private static Instant instant(Object value) {
            return switch (value) {
                case java.time.OffsetDateTime odt -> odt.toInstant();
                case java.sql.Timestamp ts -> ts.toInstant();
                default -> throw new IllegalStateException("Unexpected time type " + value.getClass());
            };
        }
    }
}
