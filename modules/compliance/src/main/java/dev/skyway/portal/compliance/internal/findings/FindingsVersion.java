package dev.skyway.portal.compliance.internal.findings;

import static dev.skyway.schema.compliance.Tables.CONTROL_ENABLEMENT;
import static dev.skyway.schema.compliance.Tables.CONTROL_MAPPING;
import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_EVENT;
import static dev.skyway.schema.compliance.Tables.FINDING_IMPORT;
import static dev.skyway.schema.compliance.Tables.WAIVER;

import java.time.Duration;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.platform.kept.KeptReads;

/**
 * A fingerprint of everything findings are counted and scored from, so that what takes seconds at a million findings
 * (control statuses, a list's total) is read once and kept until it changes, on whichever replica the change
 * happens. One round trip of index-only or small-table reads: every finding write sets {@code updated_at}; status
 * changes add an event (its id does not depend on a replica's clock); every import or sync that writes findings is a
 * {@code finding_import} row that gets its finish time when the import's transaction (duplicates marked, absent
 * findings resolved) has committed; waivers count their transitions in {@code version}; control enablement is
 * rewritten by each sync; an equivalence mapping rewrites findings' control keys and is counted by its own rows.
 */
@Repository
public class FindingsVersion {

    /**
     * How long a result may be kept at most even when the fingerprint stays the same: a bound on what a write that
     * escapes it (a change by hand in the database) can leave stale. Every portal write moves the fingerprint, so the
     * bound only renews unchanged results; at a million findings each renewal reads them all again (seconds of
     * PostgreSQL on both cores of a small machine), which with a 10-minute bound slowed whatever page was loading
     * every 7 minutes.
     */
    public static final Duration KEPT_AT_MOST = Duration.ofHours(1);

    private final DSLContext db;

    FindingsVersion(DSLContext db) {
        this.db = db;
    }

    /** The current fingerprint: equal lists mean nothing that counts changed in between. */
    @Transactional(readOnly = true)
    public List<Object> current() {
        return KeptReads.fingerprint(db,
                DSL.select(DSL.max(FINDING.UPDATED_AT)).from(FINDING),
                DSL.select(DSL.max(FINDING_EVENT.ID)).from(FINDING_EVENT),
                DSL.select(DSL.count()).from(FINDING_IMPORT),
                DSL.select(DSL.max(FINDING_IMPORT.FINISHED_AT)).from(FINDING_IMPORT),
                DSL.select(DSL.count()).from(WAIVER),
                DSL.select(DSL.sum(WAIVER.VERSION)).from(WAIVER),
                DSL.select(DSL.count()).from(CONTROL_ENABLEMENT),
                DSL.select(DSL.max(CONTROL_ENABLEMENT.UPDATED_AT)).from(CONTROL_ENABLEMENT),
                DSL.select(DSL.count()).from(CONTROL_MAPPING),
                DSL.select(DSL.max(CONTROL_MAPPING.UPDATED_AT)).from(CONTROL_MAPPING));
    }
}
