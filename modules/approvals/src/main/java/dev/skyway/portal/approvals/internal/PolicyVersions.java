package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.POLICY_VERSION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.PolicyVersion;
import dev.skyway.schema.approvals.tables.records.PolicyVersionRecord;

/** Saved policy documents, one row per version. */
@Repository
class PolicyVersions {

    private final DSLContext dsl;

    PolicyVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PolicyVersion> latest() {
        return dsl.selectFrom(POLICY_VERSION).orderBy(POLICY_VERSION.VERSION.desc()).limit(1)
                .fetchOptional(PolicyVersions::toVersion);
    }

    Optional<PolicyVersion> find(int version) {
        return dsl.selectFrom(POLICY_VERSION).where(POLICY_VERSION.VERSION.eq(version))
                .fetchOptional(PolicyVersions::toVersion);
    }

    /** Newest first. */
    List<PolicyVersion> history(int offset, int limit) {
        return dsl.selectFrom(POLICY_VERSION).orderBy(POLICY_VERSION.VERSION.desc()).offset(offset).limit(limit)
                .fetch(PolicyVersions::toVersion);
    }

    int count() {
        return dsl.fetchCount(POLICY_VERSION);
    }

    /** Inserts the next version; two concurrent saves collide on the primary key (one fails). */
    int insertNext(String document, Instant now, String createdBy, String note) {
        Integer max = dsl.select(DSL.max(POLICY_VERSION.VERSION)).from(POLICY_VERSION).fetchOne(0, Integer.class);
        int next = max == null ? 1 : max + 1;
        dsl.insertInto(POLICY_VERSION)
                .set(POLICY_VERSION.VERSION, next)
                .set(POLICY_VERSION.DOCUMENT, document)
                .set(POLICY_VERSION.CREATED_AT, Rows.utc(now))
                .set(POLICY_VERSION.CREATED_BY, createdBy)
                .set(POLICY_VERSION.NOTE, note)
                .execute();
        return next;
    }

    private static PolicyVersion toVersion(PolicyVersionRecord r) {
        return new PolicyVersion(r.getVersion(), r.getDocument(), Rows.instant(r.getCreatedAt()), r.getCreatedBy(),
                r.getNote());
    }
}
