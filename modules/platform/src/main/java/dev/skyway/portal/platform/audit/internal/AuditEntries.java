package dev.skyway.portal.platform.audit.internal;

import static dev.skyway.schema.platform.Tables.AUDIT_CHAIN_HEAD;
import static dev.skyway.schema.platform.Tables.AUDIT_ENTRY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.audit.internal.AuditHashing.StoredFields;
import dev.skyway.schema.platform.tables.records.AuditEntryRecord;

/** The ledger's rows, over jOOQ. Callers hold the transaction. */
@Repository
public class AuditEntries {

    public static final String MAIN_CHAIN = "main";

    private final DSLContext dsl;

    public AuditEntries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the chain head row until the transaction ends, so appends to one chain are serialized. */
    public ChainHead lockHead(String chain) {
        var head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.CHAIN.eq(chain)).forUpdate().fetchOne();
        if (head == null) {
            throw new IllegalStateException("Audit chain '" + chain + "' has no head row");
        }
        return new ChainHead(head.getLastSeq(), head.getLastHash(), head.getKeyedFromSeq());
    }

    public boolean containsEvent(String eventId) {
        return dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.EVENT_ID.eq(eventId));
    }

    public void insert(StoredFields fields, String prevHash, String hash, String keyId, String mac) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.CHAIN, fields.chain())
                .set(AUDIT_ENTRY.SEQ, fields.seq())
                .set(AUDIT_ENTRY.OCCURRED_AT, fields.occurredAt().atOffset(ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR_ISSUER, fields.actorIssuer())
                .set(AUDIT_ENTRY.ACTOR_SUBJECT, fields.actorSubject())
                .set(AUDIT_ENTRY.ACTOR_NAME, fields.actorName())
                .set(AUDIT_ENTRY.ACTION, fields.action())
                .set(AUDIT_ENTRY.TARGET_TYPE, fields.targetType())
                .set(AUDIT_ENTRY.TARGET_ID, fields.targetId())
                .set(AUDIT_ENTRY.DETAILS, fields.details())
                .set(AUDIT_ENTRY.CORRELATION_ID, fields.correlationId())
                .set(AUDIT_ENTRY.EVENT_ID, fields.eventId())
                .set(AUDIT_ENTRY.PREV_HASH, prevHash)
                .set(AUDIT_ENTRY.HASH, hash)
                .set(AUDIT_ENTRY.KEY_ID, keyId)
                .set(AUDIT_ENTRY.MAC, mac)
                .execute();
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_SEQ, fields.seq())
                .set(AUDIT_CHAIN_HEAD.LAST_HASH, hash)
                .where(AUDIT_CHAIN_HEAD.CHAIN.eq(fields.chain()))
                .execute();
    }

    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(conditions(query))
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .offset(offset)
                .limit(limit)
                .fetch(AuditEntries::toEntry);
    }

    public int count(AuditQuery query) {
        return dsl.fetchCount(AUDIT_ENTRY, conditions(query));
    }

    /** Entry times in [from, to), optionally of one actor, for per-day counts. */
    public List<Instant> times(Instant from, Instant to, String actorIssuer, String actorSubject) {
        Condition condition = AUDIT_ENTRY.CHAIN.eq(MAIN_CHAIN)
                .and(AUDIT_ENTRY.OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC)))
                .and(AUDIT_ENTRY.OCCURRED_AT.lt(to.atOffset(ZoneOffset.UTC)));
        if (actorSubject != null) {
            condition = condition.and(AUDIT_ENTRY.ACTOR_ISSUER.eq(actorIssuer))
                    .and(AUDIT_ENTRY.ACTOR_SUBJECT.eq(actorSubject));
        }
        return dsl.select(AUDIT_ENTRY.OCCURRED_AT).from(AUDIT_ENTRY).where(condition)
                .fetch(r -> r.value1().toInstant());
    }

    /** Streams a chain in sequence order, page by page, so verification does not hold the whole ledger. */
    public void forEachInOrder(String chain, int pageSize, Consumer<StoredRow> consumer) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<StoredRow> page = new ArrayList<>(pageSize);
            for (AuditEntryRecord r : dsl.selectFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.CHAIN.eq(chain)).and(AUDIT_ENTRY.SEQ.gt(after))
                    .orderBy(AUDIT_ENTRY.SEQ.asc()).limit(pageSize).fetch()) {
                page.add(new StoredRow(fields(r), r.getPrevHash(), r.getHash(), r.getKeyId(), r.getMac()));
            }
            page.forEach(consumer);
            if (page.size() < pageSize) {
                return;
            }
            after = page.getLast().fields().seq();
        }
    }

    public @Nullable ChainHead head(String chain) {
        var head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.CHAIN.eq(chain)).fetchOne();
        return head == null ? null : new ChainHead(head.getLastSeq(), head.getLastHash(), head.getKeyedFromSeq());
    }

    private static Condition conditions(AuditQuery q) {
        Condition c = AUDIT_ENTRY.CHAIN.eq(MAIN_CHAIN);
        if (q.from() != null) {
            c = c.and(AUDIT_ENTRY.OCCURRED_AT.ge(q.from().atOffset(ZoneOffset.UTC)));
        }
        if (q.to() != null) {
            c = c.and(AUDIT_ENTRY.OCCURRED_AT.lt(q.to().atOffset(ZoneOffset.UTC)));
        }
        if (hasText(q.actor())) {
            String actor = q.actor().trim();
            c = c.and(AUDIT_ENTRY.ACTOR_SUBJECT.containsIgnoreCase(actor)
                    .or(AUDIT_ENTRY.ACTOR_NAME.containsIgnoreCase(actor)));
        }
        if (hasText(q.action())) {
            c = c.and(AUDIT_ENTRY.ACTION.startsWith(q.action().trim()));
        }
        if (hasText(q.target())) {
            String target = q.target().trim();
            c = c.and(AUDIT_ENTRY.TARGET_TYPE.containsIgnoreCase(target)
                    .or(AUDIT_ENTRY.TARGET_ID.containsIgnoreCase(target)));
        }
        return c;
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static StoredFields fields(AuditEntryRecord r) {
        return new StoredFields(r.getChain(), r.getSeq(), r.getOccurredAt().toInstant(), r.getActorIssuer(),
                r.getActorSubject(), r.getActorName(), r.getAction(), r.getTargetType(), r.getTargetId(),
                r.getDetails(), r.getCorrelationId(), r.getEventId());
    }

    private static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), r.getOccurredAt().toInstant(), r.getActorIssuer(), r.getActorSubject(),
                r.getActorName(), r.getAction(), r.getTargetType(), r.getTargetId(), r.getDetails(),
                r.getCorrelationId(), r.getPrevHash(), r.getHash(), r.getKeyId());
    }

    /** @param keyedFromSeq from this sequence number on every entry must carry an HMAC (older ones are legacy) */
    public record ChainHead(long lastSeq, String lastHash, long keyedFromSeq) {
    }

    /** @param keyId absent for a legacy entry written before the ledger was keyed; so is {@code mac} */
    public record StoredRow(StoredFields fields, String prevHash, String hash, @Nullable String keyId,
                            @Nullable String mac) {
    }
}
