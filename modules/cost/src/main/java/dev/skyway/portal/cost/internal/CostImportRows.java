package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.COST_IMPORT;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.schema.cost.tables.records.CostImportRecord;

/** The imports table: an import is RUNNING until it is COMPLETED or FAILED, and never goes back. */
@Repository
public class CostImportRows {

    private final DSLContext db;
    private final Clock clock;

    CostImportRows(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional
    public CostImport start(UUID id, ImportSource source, @Nullable String fileName, String sha256, String format,
                            @Nullable String version, String requestedBy) {
        db.insertInto(COST_IMPORT)
                .set(COST_IMPORT.ID, id)
                .set(COST_IMPORT.STATUS, CostImport.RUNNING)
                .set(COST_IMPORT.SOURCE, source.name())
                .set(COST_IMPORT.FILE_NAME, fileName)
                .set(COST_IMPORT.FILE_SHA256, sha256)
                .set(COST_IMPORT.FILE_FORMAT, format)
                .set(COST_IMPORT.FOCUS_VERSION, version)
                .set(COST_IMPORT.REQUESTED_BY, requestedBy)
                .set(COST_IMPORT.STARTED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
        return find(id).orElseThrow();
    }

    @Transactional
    public void complete(UUID id, long rows, List<String> periods) {
        db.update(COST_IMPORT).set(COST_IMPORT.STATUS, CostImport.COMPLETED).set(COST_IMPORT.ROW_COUNT, rows)
                .set(COST_IMPORT.BILLING_PERIODS, String.join(",", periods))
                .set(COST_IMPORT.FINISHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .where(COST_IMPORT.ID.eq(id).and(COST_IMPORT.STATUS.eq(CostImport.RUNNING))).execute();
    }

    @Transactional
    public void fail(UUID id, String error) {
        db.update(COST_IMPORT).set(COST_IMPORT.STATUS, CostImport.FAILED)
                .set(COST_IMPORT.ERROR, error.length() > 4000 ? error.substring(0, 4000) : error)
                .set(COST_IMPORT.FINISHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .where(COST_IMPORT.ID.eq(id).and(COST_IMPORT.STATUS.eq(CostImport.RUNNING))).execute();
    }

    /** Imports left RUNNING by a process that stopped: they will never finish. */
    @Transactional
    public int failAbandoned() {
        return db.update(COST_IMPORT).set(COST_IMPORT.STATUS, CostImport.FAILED)
                .set(COST_IMPORT.ERROR, "The portal stopped during the import; import the file again")
                .set(COST_IMPORT.FINISHED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .where(COST_IMPORT.STATUS.eq(CostImport.RUNNING)).execute();
    }

    @Transactional(readOnly = true)
    public Optional<CostImport> find(UUID id) {
        return db.selectFrom(COST_IMPORT).where(COST_IMPORT.ID.eq(id)).fetchOptional(CostImportRows::toImport);
    }

    /** A completed import of the same bytes, if any. */
    @Transactional(readOnly = true)
    public Optional<CostImport> completedWithHash(String sha256) {
        return db.selectFrom(COST_IMPORT).where(COST_IMPORT.FILE_SHA256.eq(sha256)
                        .and(COST_IMPORT.STATUS.in(CostImport.COMPLETED, CostImport.RUNNING)))
                .orderBy(COST_IMPORT.STARTED_AT.desc()).limit(1).fetchOptional(CostImportRows::toImport);
    }

    /** A completed import of this source file (an S3 delivery's manifest key and ETag), if any. */
    @Transactional(readOnly = true)
    public boolean completedWithName(String fileName) {
        return db.fetchExists(COST_IMPORT, COST_IMPORT.FILE_NAME.eq(fileName)
                .and(COST_IMPORT.STATUS.eq(CostImport.COMPLETED)));
    }

    @Transactional(readOnly = true)
    public List<CostImport> recent(int limit) {
        return db.selectFrom(COST_IMPORT).orderBy(COST_IMPORT.STARTED_AT.desc()).limit(limit)
                .fetch(CostImportRows::toImport);
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return db.fetchExists(COST_IMPORT);
    }

    private static CostImport toImport(CostImportRecord r) {
        String periods = r.getBillingPeriods();
        return new CostImport(r.getId(), r.getStatus(), r.getSource(), r.getFileName(), r.getFileFormat(),
                r.getRowCount(), r.getFocusVersion(),
                periods == null || periods.isBlank() ? List.of() : Arrays.asList(periods.split(",")),
                r.getError(), r.getRequestedBy(), r.getStartedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }
}
