package dev.skyway.portal.compliance.internal.waivers;

import static dev.skyway.schema.compliance.Tables.WAIVER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.schema.compliance.tables.records.WaiverRecord;

/**
 * The waiver table. Every status change names the status it moves from, so that two replicas (or a verdict delivered
 * twice) cannot both move a waiver: the one that finds it no longer there did nothing.
 */
@Repository
public class WaiverRows {

    private final DSLContext db;

    WaiverRows(DSLContext db) {
        this.db = db;
    }

    public void insert(Waiver w, PortalUser requester) {
        db.insertInto(WAIVER).set(WAIVER.ID, w.id()).set(WAIVER.ACCOUNT_ID, w.accountId())
                .set(WAIVER.CONTROL_ID, w.controlId()).set(WAIVER.CONTROL_KEY, w.controlKey())
                .set(WAIVER.RESOURCE_ID, w.resourceId()).set(WAIVER.REASON, w.reason())
                .set(WAIVER.COMPENSATING_CONTROL, w.compensatingControl()).set(WAIVER.EXPIRES_ON, w.expiresOn())
                .set(WAIVER.STATUS, w.status().name()).set(WAIVER.REQUESTER, requester.username())
                .set(WAIVER.REQUESTER_NAME, requester.name()).set(WAIVER.REQUESTER_ISSUER, requester.issuer())
                .set(WAIVER.REQUESTER_SUBJECT, requester.subject()).set(WAIVER.REQUESTER_TEAM, requester.team())
                .set(WAIVER.REQUESTED_AT, at(w.requestedAt())).execute();
    }

    public void setProcess(UUID id, UUID processId) {
        db.update(WAIVER).set(WAIVER.APPROVAL_PROCESS_ID, processId).where(WAIVER.ID.eq(id)).execute();
    }

    @Transactional(readOnly = true)
    public Optional<Waiver> find(UUID id) {
        return db.selectFrom(WAIVER).where(WAIVER.ID.eq(id)).fetchOptional(WaiverRows::waiver);
    }

    /** Whether {@code user} requested it (same identity provider and subject). */
    public boolean requestedBy(UUID id, PortalUser user) {
        return db.fetchExists(WAIVER, WAIVER.ID.eq(id).and(WAIVER.REQUESTER_ISSUER.eq(user.issuer()))
                .and(WAIVER.REQUESTER_SUBJECT.eq(user.subject())));
    }

    /**
     * Newest first.
     *
     * @param accounts absent: every account
     */
    @Transactional(readOnly = true)
    public List<Waiver> list(@Nullable WaiverStatus status, @Nullable String accountId,
                             @Nullable Set<String> accounts) {
        Condition where = DSL.trueCondition();
        if (status != null) {
            where = where.and(WAIVER.STATUS.eq(status.name()));
        }
        if (accountId != null) {
            where = where.and(WAIVER.ACCOUNT_ID.eq(accountId));
        }
        if (accounts != null) {
            where = where.and(WAIVER.ACCOUNT_ID.in(accounts));
        }
        return db.selectFrom(WAIVER).where(where).orderBy(WAIVER.REQUESTED_AT.desc(), WAIVER.ID).limit(1_000)
                .fetch(WaiverRows::waiver);
    }

    /**
     * Moves a waiver from {@code from} to {@code to}, recording who decided (and when it ended, for an ending).
     *
     * @return false when it was not in {@code from} any more (nothing changed)
     */
    @Transactional
    public boolean move(UUID id, WaiverStatus from, WaiverStatus to, String by, Instant at,
                        @Nullable String comment) {
        var update = db.update(WAIVER).set(WAIVER.STATUS, to.name()).set(WAIVER.VERSION, WAIVER.VERSION.plus(1))
                .set(WAIVER.DECIDED_BY, by).set(WAIVER.DECIDED_AT, at(at)).set(WAIVER.DECISION_COMMENT, comment);
        if (to.isFinal()) {
            update = update.set(WAIVER.EXPIRED_AT, at(at));
        }
        return update.where(WAIVER.ID.eq(id)).and(WAIVER.STATUS.eq(from.name())).execute() == 1;
    }

    /** Active waivers whose last day is on or before {@code lastDay} and that were not warned yet. */
    @Transactional(readOnly = true)
    public List<Waiver> noticeDue(LocalDate lastDay) {
        return db.selectFrom(WAIVER).where(WAIVER.STATUS.eq(WaiverStatus.ACTIVE.name()))
                .and(WAIVER.EXPIRES_ON.le(lastDay)).and(WAIVER.EXPIRY_WARNED_AT.isNull())
                .orderBy(WAIVER.EXPIRES_ON).fetch(WaiverRows::waiver);
    }

    /** @return false when another run warned first */
    @Transactional
    public boolean markWarned(UUID id, Instant at) {
        return db.update(WAIVER).set(WAIVER.EXPIRY_WARNED_AT, at(at)).where(WAIVER.ID.eq(id))
                .and(WAIVER.EXPIRY_WARNED_AT.isNull()).execute() == 1;
    }

    /** Active waivers whose last day is before {@code today}. */
    @Transactional(readOnly = true)
    public List<Waiver> expiredBy(LocalDate today) {
        return db.selectFrom(WAIVER).where(WAIVER.STATUS.eq(WaiverStatus.ACTIVE.name()))
                .and(WAIVER.EXPIRES_ON.lt(today)).orderBy(WAIVER.EXPIRES_ON).fetch(WaiverRows::waiver);
    }

    static Waiver waiver(WaiverRecord r) {
        return new Waiver(r.getId(), r.getAccountId(), r.getControlId(), r.getControlKey(), r.getResourceId(),
                r.getReason(), r.getCompensatingControl(), r.getExpiresOn(), WaiverStatus.valueOf(r.getStatus()),
                r.getApprovalProcessId(), r.getRequester(), r.getRequesterName(), r.getRequestedAt().toInstant(),
                r.getDecidedBy(), instant(r.getDecidedAt()), r.getDecisionComment(),
                instant(r.getExpiryWarnedAt()), instant(r.getExpiredAt()));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
