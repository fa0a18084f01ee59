package dev.skyway.portal.platform.audit.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.AuditAnchor;
import dev.skyway.portal.platform.audit.ChainVerification;
import dev.skyway.portal.platform.audit.ChainVerification.Reason;

/**
 * Walks a chain in order and reports the first entry whose link does not hold (see {@link LinkCheck} for the checks
 * per entry), then whether the head row points past the last entry (deleted tail) and whether the chain still
 * contains the last external anchor unchanged (a tail cut together with the head row, or a rewrite before it).
 */
@Component
public class AuditChainVerifier {

    private static final int PAGE_SIZE = 1_000;

    private final AuditEntries entries;
    private final AuditAnchors anchors;
    private final AuditKeys keys;
    private final Clock clock;

    AuditChainVerifier(AuditEntries entries, AuditAnchors anchors, AuditKeys keys, Clock clock) {
        this.entries = entries;
        this.anchors = anchors;
        this.keys = keys;
        this.clock = clock;
    }

    /** Verifies against the last anchor recorded in the database, when there is one. */
    public ChainVerification verify(String chain) {
        return verify(chain, anchors.last(chain));
    }

    /**
     * @param anchor an anchor to compare the chain with, e.g. one an auditor read from the S3 anchor object
     */
    public ChainVerification verify(String chain, @Nullable AuditAnchor anchor) {
        AuditEntries.ChainHead head = entries.head(chain);
        LinkCheck walk = new LinkCheck(keys, head == null ? 1 : head.keyedFromSeq(), anchor);
        entries.forEachInOrder(chain, PAGE_SIZE, walk::check);
        Long anchorSeq = anchor == null ? null : anchor.seq();
        if (walk.broken()) {
            return ChainVerification.broken(walk.checked(), walk.brokenAt(), walk.reason(), walk.problem(),
                    walk.legacy(), anchorSeq, clock.instant());
        }
        long last = walk.lastSeq();
        if (head != null && head.lastSeq() != last) {
            return broken(walk, last + 1, Reason.MISSING_ENTRIES, "entries after #" + last
                    + " are missing (the chain head is at #" + head.lastSeq() + ")", anchorSeq);
        }
        if (head != null && !head.lastHash().equals(walk.lastHash())) {
            return broken(walk, head.lastSeq(), Reason.HEAD_MISMATCH,
                    "the chain head's hash does not match the last entry", anchorSeq);
        }
        if (anchor != null && anchor.seq() > last) {
            return broken(walk, last + 1, Reason.MISSING_ENTRIES, "entries after #" + last + " are missing: the "
                    + "anchor of " + anchor.anchoredAt() + " recorded entry #" + anchor.seq(), anchorSeq);
        }
        return ChainVerification.intact(walk.checked(), walk.legacy(), anchorSeq, clock.instant());
    }

    private ChainVerification broken(LinkCheck walk, long seq, Reason reason, String problem,
                                     @Nullable Long anchorSeq) {
        return ChainVerification.broken(walk.checked(), seq, reason, problem, walk.legacy(), anchorSeq,
                clock.instant());
    }
}
