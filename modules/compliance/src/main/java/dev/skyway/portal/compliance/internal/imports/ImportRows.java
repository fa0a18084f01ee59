package dev.skyway.portal.compliance.internal.imports;

import static dev.skyway.schema.compliance.Tables.FINDING_IMPORT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.ImportCounts;
import dev.skyway.schema.compliance.tables.records.FindingImportRecord;

/** The imports table: an import is RUNNING until it is COMPLETED or FAILED, and never goes back. */
@Repository
public class ImportRows {

    private final DSLContext db;
    private final Clock clock;

    ImportRows(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What an import is, before it runs. */
    public record Started(String origin, String format, @Nullable String source, @Nullable String fileName,
                          @Nullable String sha256, boolean fullScan, String requestedBy) {
    }

    // each status change commits on its own: a failed import's rollback must not take its FAILED row with it
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public FindingImport start(UUID id, Started s) {
        db.insertInto(FINDING_IMPORT).set(FINDING_IMPORT.ID, id).set(FINDING_IMPORT.STATUS, FindingImport.RUNNING)
                .set(FINDING_IMPORT.ORIGIN, s.origin()).set(FINDING_IMPORT.FORMAT, s.format())
                .set(FINDING_IMPORT.SOURCE, s.source()).set(FINDING_IMPORT.FILE_NAME, s.fileName())
                .set(FINDING_IMPORT.FILE_SHA256, s.sha256()).set(FINDING_IMPORT.FULL_SCAN, s.fullScan())
                .set(FINDING_IMPORT.REQUESTED_BY, s.requestedBy()).set(FINDING_IMPORT.STARTED_AT, now()).execute();
        return find(id).orElseThrow();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void complete(UUID id, ImportCounts counts, Collection<String> accounts) {
        String joined = String.join(",", accounts.stream().sorted().toList());
        db.update(FINDING_IMPORT).set(FINDING_IMPORT.STATUS, FindingImport.COMPLETED)
                .set(FINDING_IMPORT.FINDING_COUNT, counts.findings()).set(FINDING_IMPORT.NEW_COUNT, counts.created())
                .set(FINDING_IMPORT.CHANGED_COUNT, counts.changed())
                .set(FINDING_IMPORT.RESOLVED_COUNT, counts.resolved())
                .set(FINDING_IMPORT.MERGED_COUNT, counts.merged())
                .set(FINDING_IMPORT.ACCOUNTS, joined.length() > 4000 ? joined.substring(0, 4000) : joined)
                .set(FINDING_IMPORT.FINISHED_AT, now())
                .where(FINDING_IMPORT.ID.eq(id).and(FINDING_IMPORT.STATUS.eq(FindingImport.RUNNING))).execute();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(UUID id, String error) {
        db.update(FINDING_IMPORT).set(FINDING_IMPORT.STATUS, FindingImport.FAILED)
                .set(FINDING_IMPORT.ERROR, error.length() > 4000 ? error.substring(0, 4000) : error)
                .set(FINDING_IMPORT.FINISHED_AT, now())
                .where(FINDING_IMPORT.ID.eq(id).and(FINDING_IMPORT.STATUS.eq(FindingImport.RUNNING))).execute();
    }

    /**
     * Imports left RUNNING by a process that stopped: they will never finish (their transaction rolled back). Only
     * those started more than {@code age} ago, so another replica's running import is left alone.
     */
    @Transactional
    public int failAbandoned(java.time.Duration age) {
        return db.update(FINDING_IMPORT).set(FINDING_IMPORT.STATUS, FindingImport.FAILED)
                .set(FINDING_IMPORT.ERROR, "The portal stopped during the import; nothing of it was stored: import "
                        + "the file again")
                .set(FINDING_IMPORT.FINISHED_AT, now())
                .where(FINDING_IMPORT.STATUS.eq(FindingImport.RUNNING))
                .and(FINDING_IMPORT.STARTED_AT.lt(now().minus(age))).execute();
    }

    @Transactional(readOnly = true)
    public Optional<FindingImport> find(UUID id) {
        return db.selectFrom(FINDING_IMPORT).where(FINDING_IMPORT.ID.eq(id)).fetchOptional(ImportRows::toImport);
    }

    @Transactional(readOnly = true)
    public List<FindingImport> recent(int limit) {
        return db.selectFrom(FINDING_IMPORT).orderBy(FINDING_IMPORT.STARTED_AT.desc()).limit(limit)
                .fetch(ImportRows::toImport);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static FindingImport toImport(FindingImportRecord r) {
        String accounts = r.getAccounts();
        return new FindingImport(r.getId(), r.getStatus(), r.getFormat(), r.getSource(), r.getFileName(),
                r.getFullScan(), new ImportCounts(r.getFindingCount(), r.getNewCount(), r.getChangedCount(),
                r.getResolvedCount(), r.getMergedCount()),
                accounts == null || accounts.isBlank() ? List.of() : Arrays.asList(accounts.split(",")),
                r.getError(), r.getRequestedBy(), r.getStartedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }
}
