package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.DELEGATION;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.Delegation;
import dev.skyway.schema.approvals.tables.records.DelegationRecord;

/** Delegation windows. The delegator's roles are kept so role stages can be delegated too. */
@Repository
class Delegations {

    private final DSLContext dsl;

    Delegations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A delegation the delegate may use now, with the roles the delegator had when creating it. */
    record Active(String delegator, Set<String> delegatorRoles) {
    }

    void insert(Delegation d, Set<String> delegatorRoles, Instant now) {
        dsl.insertInto(DELEGATION)
                .set(DELEGATION.ID, d.id())
                .set(DELEGATION.DELEGATOR_USERNAME, d.delegator())
                .set(DELEGATION.DELEGATOR_NAME, d.delegatorName())
                .set(DELEGATION.DELEGATOR_ROLES, String.join(",", delegatorRoles))
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

    /** Delegations given by or to {@code username}, newest first. */
    List<Delegation> involving(String username) {
        return dsl.selectFrom(DELEGATION)
                .where(DELEGATION.DELEGATOR_USERNAME.eq(username).or(DELEGATION.DELEGATE_USERNAME.eq(username)))
                .orderBy(DELEGATION.STARTS_AT.desc()).fetch(Delegations::toDelegation);
    }

    /** Who {@code delegate} may stand in for at {@code now}. */
    List<Active> activeFor(String delegate, Instant now) {
        return dsl.selectFrom(DELEGATION)
                .where(DELEGATION.DELEGATE_USERNAME.eq(delegate).and(DELEGATION.CANCELLED_AT.isNull())
                        .and(DELEGATION.STARTS_AT.le(Rows.utc(now))).and(DELEGATION.ENDS_AT.gt(Rows.utc(now))))
                .orderBy(DELEGATION.DELEGATOR_USERNAME)
                .fetch(r -> new Active(r.getDelegatorUsername(), Arrays.stream(r.getDelegatorRoles().split(","))
                        .filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet())));
    }

    private static Delegation toDelegation(DelegationRecord r) {
        return new Delegation(r.getId(), r.getDelegatorUsername(), r.getDelegatorName(), r.getDelegateUsername(),
                Rows.instant(r.getStartsAt()), Rows.instant(r.getEndsAt()), Rows.instant(r.getCancelledAt()));
    }
}
