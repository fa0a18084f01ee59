package dev.skyway.portal.compliance.internal.imports;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_EVENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record4;

import dev.skyway.schema.compliance.tables.records.FindingEventRecord;

/**
 * What an import means for the findings it did not bring: a full import of a source's findings about an account
 * resolves that source's open findings about the account it no longer has; and where two tools report equivalent
 * controls (one control key) on the same resource, the later one is marked a duplicate of the first.
 */
final class Resolution {

    private static final int CHUNK = 500;

    private final DSLContext db;
    private final UUID importId;
    private final OffsetDateTime now;

    Resolution(DSLContext db, UUID importId, OffsetDateTime now) {
        this.db = db;
        this.importId = importId;
        this.now = now;
    }

    /** @return how many findings were resolved */
    long resolveAbsent(Collection<FindingWriter.Scope> scopes) {
        long resolved = 0;
        for (FindingWriter.Scope scope : scopes) {
            var absent = db.select(FINDING.ID, FINDING.ACCOUNT_ID, FINDING.CONTROL_KEY, FINDING.STATUS).from(FINDING)
                    .where(FINDING.SOURCE.eq(scope.source())).and(FINDING.ACCOUNT_ID.eq(scope.accountId()))
                    .and(FINDING.RESOLVED_AT.isNull())
                    .and(FINDING.LAST_IMPORT_ID.isNull().or(FINDING.LAST_IMPORT_ID.ne(importId))).fetch();
            for (int from = 0; from < absent.size(); from += CHUNK) {
                List<Record4<UUID, String, String, String>> chunk = absent.subList(from,
                        Math.min(absent.size(), from + CHUNK));
                db.update(FINDING).set(FINDING.RESOLVED_AT, now).set(FINDING.UPDATED_AT, now)
                        .set(FINDING.DUPLICATE_OF, (UUID) null)
                        .where(FINDING.ID.in(chunk.stream().map(Record4::value1).toList())).execute();
                FindingRows.insertEvents(db, chunk.stream().map(this::resolvedEvent).toList());
            }
            resolved += absent.size();
        }
        return resolved;
    }

    private FindingEventRecord resolvedEvent(Record4<UUID, String, String, String> finding) {
        FindingEventRecord event = db.newRecord(FINDING_EVENT);
        event.setFindingId(finding.value1());
        event.setAccountId(finding.value2());
        event.setControlKey(finding.value3());
        event.setKind("RESOLVED");
        event.setFromStatus(finding.value4());
        event.setToStatus(finding.value4());
        event.setImportId(importId);
        event.setOccurredAt(now);
        return event;
    }

    /**
     * Marks, per account touched, every open finding that another tool reported first for the same resource and an
     * equivalent control as a duplicate of that first one (the earliest seen; ties by source name). Regions are not
     * compared: an ARN names its region, and tools report account-wide controls from different regions.
     */
    void markDuplicates(Set<String> accounts) {
        List<String> all = new ArrayList<>(accounts);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            db.update(FINDING).set(FINDING.DUPLICATE_OF, (UUID) null).where(FINDING.ACCOUNT_ID.in(chunk))
                    .and(FINDING.DUPLICATE_OF.isNotNull()).execute();
            var groups = db.select(FINDING.ACCOUNT_ID, FINDING.RESOURCE_ID, FINDING.CONTROL_KEY).from(FINDING)
                    .where(FINDING.ACCOUNT_ID.in(chunk)).and(FINDING.RESOLVED_AT.isNull())
                    .groupBy(FINDING.ACCOUNT_ID, FINDING.RESOURCE_ID, FINDING.CONTROL_KEY)
                    .having(org.jooq.impl.DSL.countDistinct(FINDING.SOURCE).gt(1)).fetch();
            for (var group : groups) {
                var members = db.select(FINDING.ID, FINDING.SOURCE).from(FINDING)
                        .where(FINDING.ACCOUNT_ID.eq(group.value1())).and(FINDING.RESOURCE_ID.eq(group.value2()))
                        .and(FINDING.CONTROL_KEY.eq(group.value3())).and(FINDING.RESOLVED_AT.isNull())
                        .orderBy(FINDING.FIRST_SEEN, FINDING.SOURCE, FINDING.ID).fetch();
                var first = members.getFirst();
                // the first tool's own findings in other regions (a regional check on the account) are not copies
                List<UUID> copies = members.stream().filter(m -> !m.value2().equals(first.value2()))
                        .map(m -> m.value1()).toList();
                db.update(FINDING).set(FINDING.DUPLICATE_OF, first.value1()).where(FINDING.ID.in(copies)).execute();
            }
        }
    }
}
