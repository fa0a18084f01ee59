package dev.skyway.portal.compliance.internal.imports;

import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.FINDING_EVENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.parse.ParsedFinding;
import dev.skyway.schema.compliance.tables.records.FindingEventRecord;
import dev.skyway.schema.compliance.tables.records.FindingRecord;

/**
 * Writes one import's findings in batches, inside the import's transaction: a new key inserts a finding, a known one
 * updates it (first seen kept, last seen moved, a resolved one reopened), a key met twice in the same import counts
 * as merged (the later result wins), and a result older than the stored one changes nothing but its first seen.
 * Every new finding, status change and reopening is an event of the finding's history.
 */
final class FindingWriter implements Consumer<ParsedFinding> {

    static final int BATCH = 500;

    /** A source's findings about one account: what a full import resolves within. */
    record Scope(String source, String accountId) {
    }

    private final DSLContext db;
    private final UUID importId;
    private final OffsetDateTime now;
    private final ControlMappings.Keys keys;
    private final Map<String, ParsedFinding> pending = new LinkedHashMap<>();
    private final Set<Scope> scopes = new LinkedHashSet<>();
    private long findings;
    private long created;
    private long changed;
    private long merged;

    FindingWriter(DSLContext db, UUID importId, OffsetDateTime now, ControlMappings.Keys keys) {
        this.db = db;
        this.importId = importId;
        this.now = now;
        this.keys = keys;
    }

    @Override
    public void accept(ParsedFinding finding) {
        scopes.add(new Scope(finding.source(), finding.resource().accountId()));
        if (pending.put(FindingKeys.of(finding), finding) != null) {
            merged++;
        }
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, FindingRecord> stored = new LinkedHashMap<>();
        // the keys as literals (hex digests), not bind values: after five runs PostgreSQL may keep a generic plan of
        // the prepared lookup, chosen while the table was still empty (a sequential scan), and the first import into
        // an empty table then slows down with every batch; literals are planned each time, against the real size
        db.selectFrom(FINDING).where(FINDING.FINDING_KEY.in(pending.keySet().stream().map(DSL::inline).toList()))
                .forEach(r -> stored.put(r.getFindingKey(), r));
        List<FindingRecord> inserts = new ArrayList<>();
        List<FindingRecord> updates = new ArrayList<>();
        List<FindingEventRecord> events = new ArrayList<>();
        pending.forEach((key, parsed) -> {
            FindingRecord existing = stored.get(key);
            if (existing == null) {
                FindingRecord row = db.newRecord(FINDING);
                row.setId(UUID.randomUUID());
                row.setFindingKey(key);
                row.setFirstSeen(earliest(time(parsed.observed().first()), time(parsed.observed().last())));
                row.setLastSeen(time(parsed.observed().last()));
                FindingRows.fill(row, parsed, keys.of(parsed.controlId()));
                row.setLastImportId(importId);
                row.setUpdatedAt(now);
                inserts.add(row);
                events.add(event(row, "NEW", null));
                created++;
                findings++;
            } else {
                if (!update(existing, parsed, events)) {
                    findings++;
                }
                updates.add(existing);
            }
        });
        pending.clear();
        FindingRows.insert(db, inserts);
        db.batchUpdate(updates.stream().filter(FindingRecord::changed).toList()).execute();
        FindingRows.insertEvents(db, events);
    }

    /** @return whether this import had updated the finding before (then it is merged, not another finding) */
    private boolean update(FindingRecord row, ParsedFinding parsed, List<FindingEventRecord> events) {
        OffsetDateTime first = parsed.observed().first() == null ? null : time(parsed.observed().first());
        if (first != null && first.isBefore(row.getFirstSeen())) {
            row.setFirstSeen(first);
        }
        boolean again = importId.equals(row.getLastImportId());
        row.setLastImportId(importId);
        if (again) {
            merged++;
        }
        OffsetDateTime last = time(parsed.observed().last());
        if (!again && parsed.observed().last() != null && last.isBefore(row.getLastSeen())) {
            return false;
        }
        String before = row.getStatus();
        boolean reopened = row.getResolvedAt() != null;
        FindingRows.fill(row, parsed, keys.of(parsed.controlId()));
        row.setLastSeen(last.isAfter(row.getLastSeen()) ? last : row.getLastSeen());
        row.setResolvedAt(null);
        row.setUpdatedAt(now);
        if (!again && (reopened || !Objects.equals(before, row.getStatus()))) {
            events.add(event(row, reopened ? "REOPENED" : "CHANGED", before));
            changed++;
        }
        return again;
    }

    private FindingEventRecord event(FindingRecord finding, String kind, @Nullable String from) {
        FindingEventRecord event = db.newRecord(FINDING_EVENT);
        event.setFindingId(finding.getId());
        event.setAccountId(finding.getAccountId());
        event.setControlKey(finding.getControlKey());
        event.setKind(kind);
        event.setFromStatus(from);
        event.setToStatus(finding.getStatus());
        event.setImportId(importId);
        event.setOccurredAt(now);
        return event;
    }

    private OffsetDateTime time(java.time.@Nullable Instant instant) {
        return instant == null ? now : instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    Set<Scope> scopes() {
        return scopes;
    }

    long findings() {
        return findings;
    }

    long created() {
        return created;
    }

    long changed() {
        return changed;
    }

    long merged() {
        return merged;
    }
}
