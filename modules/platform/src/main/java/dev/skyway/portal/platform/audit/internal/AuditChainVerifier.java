package dev.skyway.portal.platform.audit.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.ChainVerification;

/**
 * Walks a chain in order and reports the first entry whose link does not hold: a gap in the sequence (deleted
 * rows), a previous-hash that does not match the entry before (reordered or replaced rows), a hash that does not
 * match the entry's content (tampered row), or a head that points past the last entry (deleted tail).
 */
@Component
public class AuditChainVerifier {

    private static final int PAGE_SIZE = 1_000;

    private final AuditEntries entries;
    private final Clock clock;

    AuditChainVerifier(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public ChainVerification verify(String chain) {
        Walk walk = new Walk();
        entries.forEachInOrder(chain, PAGE_SIZE, walk::check);
        if (walk.problem != null) {
            return ChainVerification.broken(walk.checked, walk.brokenAt, walk.problem, clock.instant());
        }
        AuditEntries.ChainHead head = entries.head(chain);
        if (head != null && head.lastSeq() != walk.expectedSeq - 1) {
            return ChainVerification.broken(walk.checked, walk.expectedSeq,
                    "entries after #" + (walk.expectedSeq - 1) + " are missing (the chain head is at #"
                            + head.lastSeq() + ")", clock.instant());
        }
        if (head != null && !head.lastHash().equals(walk.previousHash)) {
            return ChainVerification.broken(walk.checked, head.lastSeq(),
                    "the chain head's hash does not match the last entry", clock.instant());
        }
        return ChainVerification.intact(walk.checked, clock.instant());
    }

    private static final class Walk {
        long expectedSeq = 1;
        String previousHash = AuditHashing.GENESIS_HASH;
        long checked;
        Long brokenAt;
        String problem;

        void check(AuditEntries.StoredRow row) {
            if (problem != null) {
                return;
            }
            long seq = row.fields().seq();
            if (seq != expectedSeq) {
                fail(expectedSeq, seq > expectedSeq
                        ? "entries #" + expectedSeq + " to #" + (seq - 1) + " are missing"
                        : "entry #" + seq + " is out of order");
                return;
            }
            if (!row.prevHash().equals(previousHash)) {
                fail(seq, "entry #" + seq + " does not link to the entry before it (reordered or replaced)");
                return;
            }
            if (!AuditHashing.hash(previousHash, row.fields()).equals(row.hash())) {
                fail(seq, "entry #" + seq + " was modified after it was written (hash mismatch)");
                return;
            }
            checked++;
            expectedSeq = seq + 1;
            previousHash = row.hash();
        }

        private void fail(long seq, String what) {
            brokenAt = seq;
            problem = what;
        }
    }
}
