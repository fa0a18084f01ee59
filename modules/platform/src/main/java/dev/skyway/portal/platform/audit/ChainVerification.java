package dev.skyway.portal.platform.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Result of checking the ledger's hash chain, its HMACs and (when one is known) its last external anchor.
 *
 * @param intact        true when every link holds
 * @param checked       how many entries were checked (before the break, when broken)
 * @param brokenAtSeq   the sequence number of the first broken link; absent when intact
 * @param problem       what is wrong there, in plain words; absent when intact
 * @param verifiedAt    when the check ran
 * @param reason        the kind of break; absent when intact
 * @param legacyEntries how many of the checked entries are unkeyed legacy links (written before the ledger was
 *                      keyed, so protected by the SHA-256 chain and the first keyed entry after them only)
 * @param anchorSeq     the sequence number of the anchor the chain was compared with; absent when none is known
 */
public record ChainVerification(boolean intact, long checked, @Nullable Long brokenAtSeq, @Nullable String problem,
                                Instant verifiedAt, @Nullable Reason reason, long legacyEntries,
                                @Nullable Long anchorSeq) {

    public static ChainVerification intact(long checked, long legacyEntries, @Nullable Long anchorSeq, Instant at) {
        return new ChainVerification(true, checked, null, null, at, null, legacyEntries, anchorSeq);
    }

    public static ChainVerification broken(long checked, long seq, Reason reason, String problem, long legacyEntries,
                                           @Nullable Long anchorSeq, Instant at) {
        return new ChainVerification(false, checked, seq, problem, at, reason, legacyEntries, anchorSeq);
    }

    /** Why a chain is broken. */
    public enum Reason {
        /** Entries are missing: a gap in the sequence, or the head or an anchor points past the last entry. */
        MISSING_ENTRIES,
        /** An entry's previous hash is not the hash of the entry before it (reordered or replaced). */
        MISSING_LINK,
        /** An entry's content does not match its SHA-256 hash (edited in place). */
        HASH_MISMATCH,
        /** An entry's HMAC does not match: written or rewritten by someone without the key. */
        HMAC_MISMATCH,
        /** An entry names a key id the portal is not configured with. */
        UNKNOWN_KEY,
        /** An entry after the ledger was keyed carries no HMAC. */
        UNKEYED_ENTRY,
        /** The chain head row does not match the last entry. */
        HEAD_MISMATCH,
        /** The entry at the last external anchor has another hash than the anchor recorded. */
        ANCHOR_MISMATCH
    }
}
