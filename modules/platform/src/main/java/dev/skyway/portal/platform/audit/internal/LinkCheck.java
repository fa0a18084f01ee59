package dev.skyway.portal.platform.audit.internal;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.audit.AuditAnchor;
import dev.skyway.portal.platform.audit.ChainVerification.Reason;

/**
 * The checks on each entry of a chain, in order, stopping at the first failure: the sequence has no gap, the entry
 * links to the hash of the one before, its content matches its SHA-256 hash, its HMAC matches under the key it names
 * (an unkeyed entry is accepted only before the chain's {@code keyedFromSeq}: a legacy link), and the entry an anchor
 * recorded still has the anchored hash.
 */
final class LinkCheck {

    private final AuditKeys keys;
    private final long keyedFromSeq;
    private final @Nullable AuditAnchor anchor;

    private long expectedSeq = 1;
    private String previousHash = AuditHashing.GENESIS_HASH;
    private long checked;
    private long legacy;
    private Long brokenAt;
    private Reason reason;
    private String problem;

    LinkCheck(AuditKeys keys, long keyedFromSeq, @Nullable AuditAnchor anchor) {
        this.keys = keys;
        this.keyedFromSeq = keyedFromSeq;
        this.anchor = anchor;
    }

    void check(AuditEntries.StoredRow row) {
        if (problem != null) {
            return;
        }
        long seq = row.fields().seq();
        if (seq != expectedSeq) {
            fail(expectedSeq, seq > expectedSeq ? Reason.MISSING_ENTRIES : Reason.MISSING_LINK, seq > expectedSeq
                    ? "entries #" + expectedSeq + " to #" + (seq - 1) + " are missing"
                    : "entry #" + seq + " is out of order");
            return;
        }
        if (!row.prevHash().equals(previousHash)) {
            fail(seq, Reason.MISSING_LINK, "entry #" + seq + " does not link to the entry before it (reordered or "
                    + "replaced)");
            return;
        }
        if (!AuditHashing.hash(previousHash, row.fields()).equals(row.hash())) {
            fail(seq, Reason.HASH_MISMATCH, "entry #" + seq + " was modified after it was written (hash mismatch)");
            return;
        }
        if (!macHolds(row)) {
            return;
        }
        if (anchor != null && anchor.seq() == seq && !anchor.hash().equals(row.hash())) {
            fail(seq, Reason.ANCHOR_MISMATCH, "entry #" + seq + " differs from the anchor taken at "
                    + anchor.anchoredAt() + " (the chain was rewritten up to here)");
            return;
        }
        checked++;
        expectedSeq = seq + 1;
        previousHash = row.hash();
    }

    private boolean macHolds(AuditEntries.StoredRow row) {
        long seq = row.fields().seq();
        if (row.keyId() == null) {
            if (seq >= keyedFromSeq) {
                fail(seq, Reason.UNKEYED_ENTRY, "entry #" + seq + " carries no HMAC, but every entry from #"
                        + keyedFromSeq + " on must (inserted or rewritten without the key)");
                return false;
            }
            legacy++;
            return true;
        }
        if (!keys.knows(row.keyId())) {
            fail(seq, Reason.UNKNOWN_KEY, "entry #" + seq + " is signed with key '" + row.keyId() + "', which is "
                    + "not configured (portal.audit.keys knows " + keys.ids() + ")");
            return false;
        }
        String expected = AuditHashing.mac(keys, row.keyId(), row.prevHash(), row.fields());
        if (!expected.equals(row.mac())) {
            fail(seq, Reason.HMAC_MISMATCH, "entry #" + seq + " does not carry a valid HMAC of key '" + row.keyId()
                    + "' (written or rewritten by someone without the key)");
            return false;
        }
        return true;
    }

    private void fail(long seq, Reason why, String what) {
        brokenAt = seq;
        reason = why;
        problem = what;
    }

    boolean broken() {
        return problem != null;
    }

    long brokenAt() {
        return brokenAt;
    }

    Reason reason() {
        return reason;
    }

    String problem() {
        return problem;
    }

    long checked() {
        return checked;
    }

    long legacy() {
        return legacy;
    }

    long lastSeq() {
        return expectedSeq - 1;
    }

    String lastHash() {
        return previousHash;
    }
}
