package dev.skyway.portal.compliance.internal.waivers;

import static dev.skyway.schema.compliance.Tables.ATTESTATION;
import static dev.skyway.schema.compliance.Tables.ATTESTATION_EVIDENCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.platform.identity.PortalUser;

/** The attestation table and its evidence files; status changes name the status they move from (as waivers'). */
@Repository
public class AttestationRows {

    private final DSLContext db;

    AttestationRows(DSLContext db) {
        this.db = db;
    }

    public void insert(Attestation a, PortalUser attester, @Nullable EvidenceFile file) {
        db.insertInto(ATTESTATION).set(ATTESTATION.ID, a.id()).set(ATTESTATION.FRAMEWORK_ID, a.frameworkId())
                .set(ATTESTATION.REQUIREMENT_ID, a.requirementId()).set(ATTESTATION.ACCOUNT_ID, a.accountId())
                .set(ATTESTATION.STATEMENT, a.statement()).set(ATTESTATION.EVIDENCE_URL, a.evidenceUrl())
                .set(ATTESTATION.VALID_UNTIL, a.validUntil()).set(ATTESTATION.STATUS, a.status().name())
                .set(ATTESTATION.ATTESTER, attester.username()).set(ATTESTATION.ATTESTER_NAME, attester.name())
                .set(ATTESTATION.ATTESTER_ISSUER, attester.issuer())
                .set(ATTESTATION.ATTESTER_SUBJECT, attester.subject())
                .set(ATTESTATION.ATTESTED_AT, WaiverRows.at(a.attestedAt())).execute();
        if (file != null) {
            db.insertInto(ATTESTATION_EVIDENCE).set(ATTESTATION_EVIDENCE.ATTESTATION_ID, a.id())
                    .set(ATTESTATION_EVIDENCE.FILE_NAME, file.fileName())
                    .set(ATTESTATION_EVIDENCE.CONTENT_TYPE, file.contentType())
                    .set(ATTESTATION_EVIDENCE.SIZE_BYTES, (long) file.content().length)
                    .set(ATTESTATION_EVIDENCE.SHA256, sha256(file.content()))
                    .set(ATTESTATION_EVIDENCE.CONTENT, file.content()).execute();
        }
    }

    public void setProcess(UUID id, UUID processId) {
        db.update(ATTESTATION).set(ATTESTATION.APPROVAL_PROCESS_ID, processId).where(ATTESTATION.ID.eq(id))
                .execute();
    }

    @Transactional(readOnly = true)
    public Optional<Attestation> find(UUID id) {
        return select().where(ATTESTATION.ID.eq(id)).fetchOptional(AttestationRows::attestation);
    }

    /** The evidence file's SHA-256 (hex), part of what approvers decide on; absent without a file. */
    @Transactional(readOnly = true)
    public Optional<String> evidenceHash(UUID id) {
        return db.select(ATTESTATION_EVIDENCE.SHA256).from(ATTESTATION_EVIDENCE)
                .where(ATTESTATION_EVIDENCE.ATTESTATION_ID.eq(id)).fetchOptional(r -> r.value1());
    }

    /**
     * Newest first.
     *
     * @param accounts absent: every account; else those accounts' attestations and the ones for every account
     */
    @Transactional(readOnly = true)
    public List<Attestation> list(@Nullable UUID frameworkId, @Nullable WaiverStatus status,
                                  @Nullable String accountId, @Nullable Set<String> accounts) {
        Condition where = DSL.trueCondition();
        if (frameworkId != null) {
            where = where.and(ATTESTATION.FRAMEWORK_ID.eq(frameworkId));
        }
        if (status != null) {
            where = where.and(ATTESTATION.STATUS.eq(status.name()));
        }
        if (accountId != null) {
            where = where.and(ATTESTATION.ACCOUNT_ID.eq(accountId));
        }
        if (accounts != null) {
            where = where.and(ATTESTATION.ACCOUNT_ID.isNull().or(ATTESTATION.ACCOUNT_ID.in(accounts)));
        }
        return select().where(where).orderBy(ATTESTATION.ATTESTED_AT.desc(), ATTESTATION.ID).limit(1_000)
                .fetch(AttestationRows::attestation);
    }

    /** @return false when it was not in {@code from} any more (nothing changed) */
    @Transactional
    public boolean move(UUID id, WaiverStatus from, WaiverStatus to, String by, Instant at,
                        @Nullable String comment) {
        return db.update(ATTESTATION).set(ATTESTATION.STATUS, to.name())
                .set(ATTESTATION.VERSION, ATTESTATION.VERSION.plus(1)).set(ATTESTATION.DECIDED_BY, by)
                .set(ATTESTATION.DECIDED_AT, WaiverRows.at(at)).set(ATTESTATION.DECISION_COMMENT, comment)
                .where(ATTESTATION.ID.eq(id)).and(ATTESTATION.STATUS.eq(from.name())).execute() == 1;
    }

    /** Ends the active attestations whose last valid day is before {@code today}; @return how many */
    @Transactional
    public int expireBefore(LocalDate today, Instant at) {
        return db.update(ATTESTATION).set(ATTESTATION.STATUS, WaiverStatus.EXPIRED.name())
                .set(ATTESTATION.VERSION, ATTESTATION.VERSION.plus(1))
                .set(ATTESTATION.DECIDED_BY, WaiverExpiry.SYSTEM).set(ATTESTATION.DECIDED_AT, WaiverRows.at(at))
                .where(ATTESTATION.STATUS.eq(WaiverStatus.ACTIVE.name()))
                .and(ATTESTATION.VALID_UNTIL.lt(today)).execute();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(ATTESTATION.fields()).select(ATTESTATION_EVIDENCE.FILE_NAME).from(ATTESTATION)
                .leftJoin(ATTESTATION_EVIDENCE).on(ATTESTATION_EVIDENCE.ATTESTATION_ID.eq(ATTESTATION.ID));
    }

    static Attestation attestation(Record r) {
        return new Attestation(r.get(ATTESTATION.ID), r.get(ATTESTATION.FRAMEWORK_ID),
                r.get(ATTESTATION.REQUIREMENT_ID), r.get(ATTESTATION.ACCOUNT_ID), r.get(ATTESTATION.STATEMENT),
                r.get(ATTESTATION.EVIDENCE_URL), r.get(ATTESTATION_EVIDENCE.FILE_NAME),
                r.get(ATTESTATION.VALID_UNTIL), WaiverStatus.valueOf(r.get(ATTESTATION.STATUS)),
                r.get(ATTESTATION.APPROVAL_PROCESS_ID), r.get(ATTESTATION.ATTESTER),
                r.get(ATTESTATION.ATTESTER_NAME), r.get(ATTESTATION.ATTESTED_AT).toInstant(),
                r.get(ATTESTATION.DECIDED_BY), WaiverRows.instant(r.get(ATTESTATION.DECIDED_AT)),
                r.get(ATTESTATION.DECISION_COMMENT));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
