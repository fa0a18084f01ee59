package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.PROCESS;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.Requester;
import dev.skyway.portal.platform.money.Money;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Approval processes, one row per subject submission. */
@Repository
class Processes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DISPLAY = new TypeReference<>() {
    };

    private final DSLContext dsl;

    Processes(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(ProcessRow p) {
        dsl.insertInto(PROCESS)
                .set(PROCESS.ID, p.id())
                .set(PROCESS.SUBJECT_TYPE, p.subject().type())
                .set(PROCESS.SUBJECT_ID, p.subject().id())
                .set(PROCESS.REQUESTER_ISSUER, p.requester().issuer())
                .set(PROCESS.REQUESTER_SUBJECT, p.requester().subject())
                .set(PROCESS.REQUESTER_USERNAME, p.requester().username())
                .set(PROCESS.REQUESTER_NAME, p.requester().name())
                .set(PROCESS.CREATED_AT, Rows.utc(p.createdAt()))
                .set(subjectFields(p.subject(), p.attributes(), p.subjectHash(), p.policyVersion(), p.ruleName(),
                        p.revision(), p.createdAt()))
                .execute();
    }

    /** Replaces the subject version and its routing (a resubmission), and makes the process pending again. */
    void updateSubject(UUID id, SubjectRef subject, SubjectAttributes a, String hash, int policyVersion,
                       String ruleName, int revision, Instant now) {
        dsl.update(PROCESS)
                .set(subjectFields(subject, a, hash, policyVersion, ruleName, revision, now))
                .where(PROCESS.ID.eq(id))
                .execute();
    }

    private static Map<Field<?>, Object> subjectFields(SubjectRef subject, SubjectAttributes a, String hash,
                                                       int policyVersion, String ruleName, int revision,
                                                       Instant now) {
        Map<Field<?>, Object> fields = new LinkedHashMap<>();
        fields.put(PROCESS.TITLE, subject.title());
        fields.put(PROCESS.SUBJECT_HASH, hash);
        fields.put(PROCESS.ENVIRONMENT, a.environment());
        fields.put(PROCESS.ACTION, a.action().name());
        fields.put(PROCESS.MONTHLY_COST, a.monthlyCost() == null ? null : a.monthlyCost().amount());
        fields.put(PROCESS.CURRENCY, a.monthlyCost() == null ? null : a.monthlyCost().currency().getCurrencyCode());
        fields.put(PROCESS.PRODUCT, a.product());
        fields.put(PROCESS.ACCOUNT, a.account());
        fields.put(PROCESS.TEAM, a.team());
        fields.put(PROCESS.DISPLAY, JSON.writeValueAsString(a.display()));
        fields.put(PROCESS.POLICY_VERSION, policyVersion);
        fields.put(PROCESS.RULE_NAME, ruleName);
        fields.put(PROCESS.REVISION, revision);
        fields.put(PROCESS.STATUS, ProcessStatus.PENDING.name());
        fields.put(PROCESS.COMPLETED_AT, null);
        fields.put(PROCESS.UPDATED_AT, Rows.utc(now));
        return fields;
    }

    void complete(UUID id, ProcessStatus status, Instant now) {
        dsl.update(PROCESS)
                .set(PROCESS.STATUS, status.name())
                .set(PROCESS.UPDATED_AT, Rows.utc(now))
                .set(PROCESS.COMPLETED_AT, status == ProcessStatus.APPROVED || status == ProcessStatus.REJECTED
                        || status == ProcessStatus.WITHDRAWN ? Rows.utc(now) : null)
                .where(PROCESS.ID.eq(id))
                .execute();
    }

    Optional<ProcessRow> find(UUID id) {
        return dsl.selectFrom(PROCESS).where(PROCESS.ID.eq(id)).fetchOptional(Processes::toRow);
    }

    /** The processes among {@code ids} that exist, in no particular order; one query. */
    List<ProcessRow> findAll(Collection<UUID> ids) {
        return dsl.selectFrom(PROCESS).where(PROCESS.ID.in(ids)).fetch(Processes::toRow);
    }

    /** Locks the row until the transaction ends: decisions on one process are serialized. */
    Optional<ProcessRow> lock(UUID id) {
        return dsl.selectFrom(PROCESS).where(PROCESS.ID.eq(id)).forUpdate().fetchOptional(Processes::toRow);
    }

    /** The newest process of a subject. */
    Optional<ProcessRow> findBySubject(String subjectType, String subjectId) {
        return dsl.selectFrom(PROCESS)
                .where(PROCESS.SUBJECT_TYPE.eq(subjectType).and(PROCESS.SUBJECT_ID.eq(subjectId)))
                .orderBy(PROCESS.CREATED_AT.desc()).limit(1).fetchOptional(Processes::toRow);
    }

    static ProcessRow toRow(Record r) {
        SubjectRef subject = new SubjectRef(r.get(PROCESS.SUBJECT_TYPE), r.get(PROCESS.SUBJECT_ID),
                r.get(PROCESS.TITLE));
        Money cost = r.get(PROCESS.MONTHLY_COST) == null ? null
                : new Money(plain(r.get(PROCESS.MONTHLY_COST)),
                Currency.getInstance(r.get(PROCESS.CURRENCY)));
        Map<String, String> display = JSON.readValue(r.get(PROCESS.DISPLAY), DISPLAY);
        SubjectAttributes attributes = new SubjectAttributes(r.get(PROCESS.ENVIRONMENT), cost,
                r.get(PROCESS.PRODUCT), r.get(PROCESS.ACCOUNT), r.get(PROCESS.TEAM),
                SubjectAction.valueOf(r.get(PROCESS.ACTION)), display);
        return new ProcessRow(r.get(PROCESS.ID), subject, attributes, r.get(PROCESS.SUBJECT_HASH),
                new Requester(r.get(PROCESS.REQUESTER_ISSUER), r.get(PROCESS.REQUESTER_SUBJECT),
                        r.get(PROCESS.REQUESTER_USERNAME), r.get(PROCESS.REQUESTER_NAME)),
                r.get(PROCESS.POLICY_VERSION), r.get(PROCESS.RULE_NAME), ProcessStatus.valueOf(r.get(PROCESS.STATUS)),
                r.get(PROCESS.REVISION), Rows.instant(r.get(PROCESS.CREATED_AT)),
                Rows.instant(r.get(PROCESS.COMPLETED_AT)));
    }

    /** 80.0000 from the database reads as 80, 12.5000 as 12.5 (never 8E+1). */
    private static java.math.BigDecimal plain(java.math.BigDecimal amount) {
        java.math.BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
