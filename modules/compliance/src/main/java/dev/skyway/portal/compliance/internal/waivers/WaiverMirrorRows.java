package dev.skyway.portal.compliance.internal.waivers;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.WAIVER_MIRROR;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.internal.aws.HubFindingRef;

/** Which Security Hub findings a waiver suppressed ({@code waiver_mirror}), and whether they were restored. */
@Repository
public class WaiverMirrorRows {

    /** A finding a waiver covers, as the portal and Security Hub know it. */
    public record Covered(UUID findingId, HubFindingRef ref) {
    }

    private final DSLContext db;
    private final Clock clock;

    WaiverMirrorRows(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The open findings the waiver covers that Security Hub can update (they have its Id and ProductArn). */
    @Transactional(readOnly = true)
    public List<Covered> covered(Waiver w) {
        var where = FINDING.ACCOUNT_ID.eq(w.accountId()).and(FINDING.CONTROL_KEY.eq(w.controlKey()))
                .and(FINDING.RESOLVED_AT.isNull()).and(FINDING.EXTERNAL_ID.isNotNull())
                .and(FINDING.PRODUCT_ARN.isNotNull());
        if (w.resourceId() != null) {
            where = where.and(FINDING.RESOURCE_ID.eq(w.resourceId()));
        }
        return db.select(FINDING.ID, FINDING.EXTERNAL_ID, FINDING.PRODUCT_ARN).from(FINDING).where(where)
                .fetch(r -> new Covered(r.value1(), new HubFindingRef(r.value2(), r.value3())));
    }

    /** The findings the waiver suppressed and that were not restored yet. */
    @Transactional(readOnly = true)
    public List<Covered> suppressed(UUID waiverId) {
        return db.select(WAIVER_MIRROR.FINDING_ID, WAIVER_MIRROR.EXTERNAL_ID, WAIVER_MIRROR.PRODUCT_ARN)
                .from(WAIVER_MIRROR).where(WAIVER_MIRROR.WAIVER_ID.eq(waiverId))
                .and(WAIVER_MIRROR.SUPPRESSED_AT.isNotNull()).and(WAIVER_MIRROR.RESTORED_AT.isNull())
                .fetch(r -> new Covered(r.value1(), new HubFindingRef(r.value2(), r.value3())));
    }

    /** Records a suppression (or its failure: {@code error}) of one finding. */
    @Transactional
    public void suppressed(UUID waiverId, Covered finding, @Nullable String error) {
        var now = WaiverRows.at(clock.instant());
        db.insertInto(WAIVER_MIRROR).set(WAIVER_MIRROR.WAIVER_ID, waiverId)
                .set(WAIVER_MIRROR.FINDING_ID, finding.findingId()).set(WAIVER_MIRROR.EXTERNAL_ID, finding.ref().id())
                .set(WAIVER_MIRROR.PRODUCT_ARN, finding.ref().productArn())
                .set(WAIVER_MIRROR.SUPPRESSED_AT, error == null ? now : null).set(WAIVER_MIRROR.LAST_ERROR, error)
                .set(WAIVER_MIRROR.UPDATED_AT, now)
                .onConflict(WAIVER_MIRROR.WAIVER_ID, WAIVER_MIRROR.FINDING_ID).doUpdate()
                .set(WAIVER_MIRROR.SUPPRESSED_AT, error == null ? now : null).set(WAIVER_MIRROR.LAST_ERROR, error)
                .set(WAIVER_MIRROR.UPDATED_AT, now).execute();
    }

    /** Records a restore (or its failure: {@code error}) of one finding. */
    @Transactional
    public void restored(UUID waiverId, UUID findingId, @Nullable String error) {
        var now = WaiverRows.at(clock.instant());
        db.update(WAIVER_MIRROR).set(WAIVER_MIRROR.RESTORED_AT, error == null ? now : null)
                .set(WAIVER_MIRROR.LAST_ERROR, error).set(WAIVER_MIRROR.UPDATED_AT, now)
                .where(WAIVER_MIRROR.WAIVER_ID.eq(waiverId)).and(WAIVER_MIRROR.FINDING_ID.eq(findingId)).execute();
    }
}
