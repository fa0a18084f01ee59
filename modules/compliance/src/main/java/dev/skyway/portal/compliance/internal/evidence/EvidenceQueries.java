package dev.skyway.portal.compliance.internal.evidence;

import static dev.skyway.schema.compliance.Tables.ATTESTATION;
import static dev.skyway.schema.compliance.Tables.ATTESTATION_EVIDENCE;
import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_IMPORT;
import static dev.skyway.schema.compliance.Tables.REQUIREMENT;
import static dev.skyway.schema.compliance.Tables.WAIVER;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.compliance.internal.findings.WaiverMatch;
import dev.skyway.schema.compliance.tables.records.FindingImportRecord;
import dev.skyway.schema.compliance.tables.records.RequirementRecord;
import dev.skyway.schema.compliance.tables.records.WaiverRecord;

/**
 * What a pack reads from the store, in a stable order (an auditor may compare two packs): the framework's open
 * findings in the scope, its waivers and attestations there, and the imports the findings came from. Callers hold
 * the transaction, so every table is read at the same moment.
 */
@Repository
class EvidenceQueries {

    /** Rows fetched per round trip while a findings file streams. */
    static final int FETCH_SIZE = 2_000;
    static final Field<Boolean> WAIVED = DSL.field(DSL.name("waived"), Boolean.class);

    private final DSLContext db;

    EvidenceQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * Open findings of the framework's controls in the scope, with whether an active waiver covers each; the stream
     * holds a cursor: close it.
     *
     * @param accounts absent: every account
     */
    Stream<Record> findings(Set<String> controlKeys, @Nullable Set<String> accounts, LocalDate today) {
        Condition where = FINDING.RESOLVED_AT.isNull().and(FINDING.CONTROL_KEY.in(controlKeys))
                .and(inScope(FINDING.ACCOUNT_ID, accounts));
        return db.select(FINDING.asterisk(), DSL.field(WaiverMatch.waived(today)).as(WAIVED)).from(FINDING)
                .where(where).orderBy(FINDING.ACCOUNT_ID, FINDING.CONTROL_KEY, FINDING.ID)
                .fetchSize(FETCH_SIZE).stream();
    }

    /** Every waiver, whatever its state, of the framework's controls on the scope's accounts. */
    List<WaiverRecord> waivers(Set<String> controlKeys, @Nullable Set<String> accounts) {
        return db.selectFrom(WAIVER).where(WAIVER.CONTROL_KEY.in(controlKeys))
                .and(inScope(WAIVER.ACCOUNT_ID, accounts)).orderBy(WAIVER.REQUESTED_AT, WAIVER.ID).fetch();
    }

    /** Every attestation of the framework on the scope's accounts or on every account, with its file's hash. */
    List<Record> attestations(UUID frameworkId, @Nullable Set<String> accounts) {
        return db.select(ATTESTATION.asterisk(), ATTESTATION_EVIDENCE.FILE_NAME, ATTESTATION_EVIDENCE.SHA256)
                .from(ATTESTATION).leftJoin(ATTESTATION_EVIDENCE)
                .on(ATTESTATION_EVIDENCE.ATTESTATION_ID.eq(ATTESTATION.ID))
                .where(ATTESTATION.FRAMEWORK_ID.eq(frameworkId))
                .and(accounts == null ? DSL.trueCondition()
                        : ATTESTATION.ACCOUNT_ID.isNull().or(ATTESTATION.ACCOUNT_ID.in(accounts)))
                .orderBy(ATTESTATION.ATTESTED_AT, ATTESTATION.ID).fetch();
    }

    /** The imports that last touched the findings the pack holds. */
    List<FindingImportRecord> imports(Set<String> controlKeys, @Nullable Set<String> accounts) {
        var used = DSL.selectDistinct(FINDING.LAST_IMPORT_ID).from(FINDING)
                .where(FINDING.RESOLVED_AT.isNull()).and(FINDING.CONTROL_KEY.in(controlKeys))
                .and(inScope(FINDING.ACCOUNT_ID, accounts)).and(FINDING.LAST_IMPORT_ID.isNotNull());
        return db.selectFrom(FINDING_IMPORT).where(FINDING_IMPORT.ID.in(used))
                .orderBy(FINDING_IMPORT.STARTED_AT, FINDING_IMPORT.ID).fetch();
    }

    /** The framework's requirements (names, sections) by id. */
    Map<String, RequirementRecord> requirements(UUID frameworkId) {
        return db.selectFrom(REQUIREMENT).where(REQUIREMENT.FRAMEWORK_ID.eq(frameworkId))
                .fetchMap(REQUIREMENT.REQUIREMENT_ID);
    }

    private static Condition inScope(Field<String> account, @Nullable Collection<String> accounts) {
        return accounts == null ? DSL.trueCondition() : account.in(accounts);
    }
}
