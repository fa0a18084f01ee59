package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.DELEGATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.Delegation;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.schema.approvals.tables.records.DelegationRecord;

/** Delegation windows, keyed by the people's identity keys (usernames are kept for display only). */
@Repository
class Delegations {

    private final DSLContext dsl;

    Delegations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A delegation the delegate may use now: whom they stand in for. */
    record Active(UserKey delegator, String delegatorUsername) {
    }

    void insert(Delegation d, Instant now) {
        dsl.insertInto(DELEGATION)
                .set(DELEGATION.ID, d.id())
                .set(DELEGATION.DELEGATOR_KEY, d.delegatorKey().canonical())
                .set(DELEGATION.DELEGATOR_USERNAME, d.delegator())
                .set(DELEGATION.DELEGATOR_NAME, d.delegatorName())
                .set(DELEGATION.DELEGATE_KEY, d.delegateKey().canonical())
                .set(DELEGATION.DELEGATE_USERNAME, d.delegate())
                .set(DELEGATION.STARTS_AT, Rows.utc(d.startsAt()))
                .set(DELEGATION.ENDS_AT, Rows.utc(d.endsAt()))
                .set(DELEGATION.CREATED_AT, Rows.utc(now))
                .execute();
    }

    Optional<Delegation> find(UUID id) {
        return dsl.selectFrom(DELEGATION).where(DELEGATION.ID.eq(id)).fetchOptional(Delegations::toDelegation);
    }

    void cancel(UUID id, Instant now) {
        dsl.update(DELEGATION).set(DELEGATION.CANCELLED_AT, Rows.utc(now)).where(DELEGATION.ID.eq(id)).execute();
    }

    /** Delegations given by or to {@code person}, newest first. */
    List<Delegation> involving(UserKey person) {
        return dsl.selectFrom(DELEGATION)
                .where(DELEGATION.DELEGATOR_KEY.eq(person.canonical())
                        .or(DELEGATION.DELEGATE_KEY.eq(person.canonical())))
                .orderBy(DELEGATION.STARTS_AT.desc()).fetch(Delegations::toDelegation);
    }

    /** Whom {@code delegate} may stand in for at {@code now}. */
    List<Active> activeFor(UserKey delegate, Instant now) {
        return dsl.selectFrom(DELEGATION)
                .where(DELEGATION.DELEGATE_KEY.eq(delegate.canonical()).and(DELEGATION.CANCELLED_AT.isNull())
                        .and(DELEGATION.STARTS_AT.le(Rows.utc(now))).and(DELEGATION.ENDS_AT.gt(Rows.utc(now))))
                .orderBy(DELEGATION.DELEGATOR_KEY)
                .fetch(r -> new Active(UserKey.parse(r.getDelegatorKey()), r.getDelegatorUsername()));
    }

    private static Delegation toDelegation(DelegationRecord r) {
        return new Delegation(r.getId(), UserKey.parse(r.getDelegatorKey()), r.getDelegatorUsername(),
                r.getDelegatorName(), UserKey.parse(r.getDelegateKey()), r.getDelegateUsername(),
                Rows.instant(r.getStartsAt()), Rows.instant(r.getEndsAt()), Rows.instant(r.getCancelledAt()));
    }
}
