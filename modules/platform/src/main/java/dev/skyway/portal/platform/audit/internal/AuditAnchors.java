package dev.skyway.portal.platform.audit.internal;

import static dev.skyway.schema.platform.Tables.AUDIT_ANCHOR;

import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.audit.AuditAnchor;

/** The anchors written so far, kept so the verifier can compare the chain with the last one. */
@Repository
public class AuditAnchors {

    private final DSLContext dsl;

    AuditAnchors(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return the newest anchor of {@code chain}; absent when none was written */
    public @Nullable AuditAnchor last(String chain) {
        return dsl.selectFrom(AUDIT_ANCHOR).where(AUDIT_ANCHOR.CHAIN.eq(chain))
                .orderBy(AUDIT_ANCHOR.SEQ.desc()).limit(1)
                .fetchOne(r -> new AuditAnchor(r.getChain(), r.getSeq(), r.getHash(), r.getAnchoredAt().toInstant()));
    }

    /** Records an anchor; anchoring the same entry again only keeps the first record. */
    public void record(AuditAnchor anchor, String sinks) {
        dsl.insertInto(AUDIT_ANCHOR)
                .set(AUDIT_ANCHOR.CHAIN, anchor.chain())
                .set(AUDIT_ANCHOR.SEQ, anchor.seq())
                .set(AUDIT_ANCHOR.HASH, anchor.hash())
                .set(AUDIT_ANCHOR.ANCHORED_AT, anchor.anchoredAt().atOffset(ZoneOffset.UTC))
                .set(AUDIT_ANCHOR.SINKS, sinks)
                .onConflictDoNothing()
                .execute();
    }
}
