package dev.skyway.portal.accounts.internal.requests;

import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_BASELINE;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_EVENT;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_TAG;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequest.BaselineDeployment;
import dev.skyway.portal.accounts.AccountRequestLifecycle;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.AccountRequestTransition;
import dev.skyway.portal.accounts.TimelineEntry;
import dev.skyway.schema.accounts.tables.records.AccountRequestRecord;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * Account requests as they move ({@code accounts.account_request}, its baselines and timeline): reads, the moves of
 * {@link AccountRequestLifecycle} ({@link #save}), and the vending steps' bookkeeping that leaves the status alone.
 * What the requester submitted is written by {@link RequestSubmissions}.
 */
@Repository
public class AccountRequestStore {

    /** The statuses whose requests hold their account email ({@link AccountRequestStatus#open()}). */
    private static final List<String> OPEN = java.util.Arrays.stream(AccountRequestStatus.values())
            .filter(AccountRequestStatus::open).map(Enum::name).toList();

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    AccountRequestStore(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    public Optional<AccountRequest> find(UUID id) {
        return db.selectFrom(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.ID.eq(id)).fetchOptional().map(this::view);
    }

    /** The request, row-locked until the transaction ends. */
    public Optional<AccountRequest> lock(UUID id) {
        return db.selectFrom(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.ID.eq(id)).forUpdate().fetchOptional()
                .map(this::view);
    }

    /** Newest first; without a {@code requester} or {@code status}, any. */
    public List<AccountRequest> list(@Nullable UserKey requester, @Nullable AccountRequestStatus status, int offset,
                                     int limit) {
        return db.selectFrom(ACCOUNT_REQUEST).where(filter(requester, status))
                .orderBy(ACCOUNT_REQUEST.CREATED_AT.desc(), ACCOUNT_REQUEST.ID).offset(offset).limit(limit)
                .fetch(this::view);
    }

    public int count(@Nullable UserKey requester, @Nullable AccountRequestStatus status) {
        return db.fetchCount(ACCOUNT_REQUEST, filter(requester, status));
    }

    private static Condition filter(@Nullable UserKey requester, @Nullable AccountRequestStatus status) {
        Condition where = DSL.noCondition();
        if (requester != null) {
            // the person's key, not the username: another IdP's namesake or a renamed user must not mix up
            where = where.and(ACCOUNT_REQUEST.REQUESTER_ISSUER.eq(requester.issuer())
                    .and(ACCOUNT_REQUEST.REQUESTER_SUBJECT.eq(requester.subject())));
        }
        if (status != null) {
            where = where.and(ACCOUNT_REQUEST.STATUS.eq(status.name()));
        }
        return where;
    }

    /** Requests that created or closed the account, newest first. */
    public List<AccountRequest> forAccount(String accountId) {
        return db.selectFrom(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.ACCOUNT_ID.eq(accountId)
                        .or(ACCOUNT_REQUEST.TARGET_ACCOUNT_ID.eq(accountId)))
                .orderBy(ACCOUNT_REQUEST.CREATED_AT.desc()).fetch(this::view);
    }

    /** Ids of requests in {@code status}: QUEUED by queue rank, others by start. */
    public List<UUID> idsIn(AccountRequestStatus status) {
        return db.select(ACCOUNT_REQUEST.ID).from(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.STATUS.eq(status.name()))
                .orderBy(ACCOUNT_REQUEST.QUEUE_RANK.asc().nullsLast(), ACCOUNT_REQUEST.STARTED_AT,
                        ACCOUNT_REQUEST.CREATED_AT).fetch(ACCOUNT_REQUEST.ID);
    }

    public int countIn(AccountRequestStatus... statuses) {
        return db.fetchCount(ACCOUNT_REQUEST, ACCOUNT_REQUEST.STATUS.in(
                java.util.Arrays.stream(statuses).map(Enum::name).toList()));
    }

    /** The queue, next first. */
    public List<AccountRequest> queue() {
        return db.selectFrom(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.STATUS.eq(AccountRequestStatus.QUEUED.name()))
                .orderBy(ACCOUNT_REQUEST.QUEUE_RANK, ACCOUNT_REQUEST.QUEUED_AT).fetch(this::view);
    }

    /** Whether an open request other than {@code except} (if given) holds this account email (case-insensitive). */
    public boolean emailHeld(String email, @Nullable UUID except) {
        Condition where = DSL.lower(ACCOUNT_REQUEST.ACCOUNT_EMAIL).eq(email.toLowerCase())
                .and(ACCOUNT_REQUEST.STATUS.in(OPEN));
        if (except != null) {
            where = where.and(ACCOUNT_REQUEST.ID.ne(except));
        }
        return db.fetchExists(ACCOUNT_REQUEST, where);
    }

    /** Whether an unfinished closing request exists for the account. */
    public boolean closingRequested(String accountId) {
        return db.fetchExists(ACCOUNT_REQUEST, ACCOUNT_REQUEST.TARGET_ACCOUNT_ID.eq(accountId)
                .and(ACCOUNT_REQUEST.STATUS.in(AccountRequestStatus.PENDING_APPROVAL.name(),
                        AccountRequestStatus.CHANGES_REQUESTED.name(), AccountRequestStatus.QUEUED.name(),
                        AccountRequestStatus.CLOSING.name())));
    }

    public void setProcess(UUID id, UUID processId) {
        db.update(ACCOUNT_REQUEST).set(ACCOUNT_REQUEST.PROCESS_ID, processId).where(ACCOUNT_REQUEST.ID.eq(id))
                .execute();
    }

    /**
     * Persists a move of the request ({@link AccountRequestLifecycle}): the lifecycle fields it changed (only while
     * the stored status is still the one the move started from), its timeline lines, then its events (published
     * in the caller's transaction, as Spring Data publishes an aggregate's domain events on save). Without one the
     * events' transactional listeners never run and their publications stay incomplete, so a transaction is required.
     *
     * @throws IllegalStateException when the request's status changed since it was read
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(AccountRequestTransition transition) {
        AccountRequest before = transition.before();
        AccountRequest after = transition.after();
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        change(changed, ACCOUNT_REQUEST.STATUS, before.status().name(), after.status().name());
        change(changed, ACCOUNT_REQUEST.STATUS_REASON, before.progress().reason(), after.progress().reason());
        change(changed, ACCOUNT_REQUEST.FAILURE_CODE, before.progress().failureCode(), after.progress().failureCode());
        change(changed, ACCOUNT_REQUEST.QUEUE_RANK, before.progress().queueRank(), after.progress().queueRank());
        change(changed, ACCOUNT_REQUEST.VENDOR, before.vending().vendor(), after.vending().vendor());
        change(changed, ACCOUNT_REQUEST.START_SENT_AT, at(before.vending().startSentAt()),
                at(after.vending().startSentAt()));
        change(changed, ACCOUNT_REQUEST.QUEUED_AT, at(before.timing().queuedAt()), at(after.timing().queuedAt()));
        change(changed, ACCOUNT_REQUEST.STARTED_AT, at(before.timing().startedAt()), at(after.timing().startedAt()));
        change(changed, ACCOUNT_REQUEST.FINISHED_AT, at(before.timing().finishedAt()),
                at(after.timing().finishedAt()));
        change(changed, ACCOUNT_REQUEST.UPDATED_AT, at(before.timing().updatedAt()), at(after.timing().updatedAt()));
        if (!changed.isEmpty() && db.update(ACCOUNT_REQUEST).set(changed).where(ACCOUNT_REQUEST.ID.eq(before.id()))
                .and(ACCOUNT_REQUEST.STATUS.eq(before.status().name())).execute() != 1) {
            throw new IllegalStateException("Account request " + before.id() + " changed meanwhile; try again");
        }
        transition.timeline().forEach(entry -> addEvent(before.id(), entry));
        transition.events().forEach(events::publishEvent);
    }

    private static <T> void change(Map<Field<?>, Object> changed, Field<T> field, T before, T after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.put(field, after);
        }
    }

    /** The rank that puts a request at the end of the queue. */
    public long nextQueueRank() {
        Long last = db.select(DSL.max(ACCOUNT_REQUEST.QUEUE_RANK)).from(ACCOUNT_REQUEST).fetchOne(0, Long.class);
        return last == null ? 1L : last + 1;
    }

    public void setRank(UUID id, long rank) {
        db.update(ACCOUNT_REQUEST).set(ACCOUNT_REQUEST.QUEUE_RANK, rank).where(ACCOUNT_REQUEST.ID.eq(id)).execute();
    }

    /**
     * Record before call, again: a request in flight whose earlier start AWS refused before doing anything is about
     * to be sent once more (its status stays).
     */
    public void markStartSentAgain(UUID id, String vendor, Instant now) {
        db.update(ACCOUNT_REQUEST).set(ACCOUNT_REQUEST.VENDOR, vendor).set(ACCOUNT_REQUEST.START_SENT_AT, at(now))
                .set(ACCOUNT_REQUEST.STARTED_AT, DSL.coalesce(ACCOUNT_REQUEST.STARTED_AT, DSL.val(at(now))))
                .set(ACCOUNT_REQUEST.UPDATED_AT, at(now)).where(ACCOUNT_REQUEST.ID.eq(id)).execute();
    }

    /** The vendor refused with a retryable error: nothing was started, the next pass starts again. */
    public void clearStartSent(UUID id) {
        db.update(ACCOUNT_REQUEST).setNull(ACCOUNT_REQUEST.START_SENT_AT).where(ACCOUNT_REQUEST.ID.eq(id)).execute();
    }

    public void setOperation(UUID id, String operationId, Instant now) {
        db.update(ACCOUNT_REQUEST).set(ACCOUNT_REQUEST.OPERATION_ID, operationId)
                .set(ACCOUNT_REQUEST.UPDATED_AT, at(now)).where(ACCOUNT_REQUEST.ID.eq(id)).execute();
    }

    public void setAccount(UUID id, String accountId, Instant now) {
        db.update(ACCOUNT_REQUEST).set(ACCOUNT_REQUEST.ACCOUNT_ID, accountId)
                .set(ACCOUNT_REQUEST.UPDATED_AT, at(now)).where(ACCOUNT_REQUEST.ID.eq(id)).execute();
    }

    public void setBaseline(UUID id, String baselineId, BaselineDeployment.State state, String operationId,
                            String message, Instant now) {
        db.update(ACCOUNT_REQUEST_BASELINE).set(ACCOUNT_REQUEST_BASELINE.STATE, state.name())
                .set(ACCOUNT_REQUEST_BASELINE.OPERATION_ID, operationId)
                .set(ACCOUNT_REQUEST_BASELINE.MESSAGE, message).set(ACCOUNT_REQUEST_BASELINE.UPDATED_AT, at(now))
                .where(ACCOUNT_REQUEST_BASELINE.REQUEST_ID.eq(id))
                .and(ACCOUNT_REQUEST_BASELINE.BASELINE_ID.eq(baselineId)).execute();
    }

    /** Adds a line to the request's timeline (for steps that do not change its status). */
    public void addEvent(UUID id, TimelineEntry.Kind kind, String message, Instant now) {
        addEvent(id, TimelineEntry.of(now, kind, message));
    }

    private void addEvent(UUID id, TimelineEntry entry) {
        String message = entry.message();
        db.insertInto(ACCOUNT_REQUEST_EVENT).set(ACCOUNT_REQUEST_EVENT.REQUEST_ID, id)
                .set(ACCOUNT_REQUEST_EVENT.AT, at(entry.at())).set(ACCOUNT_REQUEST_EVENT.KIND, entry.kind())
                .set(ACCOUNT_REQUEST_EVENT.MESSAGE, message.length() > 4000 ? message.substring(0, 4000) : message)
                .execute();
    }

    public List<TimelineEntry> timeline(UUID id) {
        return db.selectFrom(ACCOUNT_REQUEST_EVENT).where(ACCOUNT_REQUEST_EVENT.REQUEST_ID.eq(id))
                .orderBy(ACCOUNT_REQUEST_EVENT.ID).fetch(r -> new TimelineEntry(r.getAt().toInstant(), r.getKind(),
                        r.getMessage()));
    }

    private AccountRequest view(AccountRequestRecord r) {
        Map<String, String> tags = new LinkedHashMap<>();
        db.selectFrom(ACCOUNT_REQUEST_TAG).where(ACCOUNT_REQUEST_TAG.REQUEST_ID.eq(r.getId()))
                .orderBy(ACCOUNT_REQUEST_TAG.TAG_KEY).forEach(t -> tags.put(t.getTagKey(), t.getTagValue()));
        List<AccountRequest.BaselineDeployment> baselines = db.selectFrom(ACCOUNT_REQUEST_BASELINE)
                .where(ACCOUNT_REQUEST_BASELINE.REQUEST_ID.eq(r.getId())).orderBy(ACCOUNT_REQUEST_BASELINE.POSITION)
                .fetch(b -> new BaselineDeployment(b.getBaselineId(), b.getStackSetName(),
                        BaselineDeployment.State.valueOf(b.getState()), b.getOperationId(), b.getMessage(),
                        instant(b.getUpdatedAt())));
        AccountRequest.SsoUser sso = r.getSsoEmail() == null && r.getSsoFirstName() == null ? null
                : new AccountRequest.SsoUser(r.getSsoFirstName(), r.getSsoLastName(), r.getSsoEmail());
        return new AccountRequest(r.getId(), AccountRequest.Kind.valueOf(r.getKind()),
                new AccountRequest.Requester(r.getRequester(), r.getRequesterName(), r.getRequesterEmail(),
                        r.getRequesterIssuer(), r.getRequesterSubject(), r.getRequesterTeam()),
                r.getAccountName(), r.getAccountEmail(),
                new AccountRequest.Placement(r.getOuId(), r.getOuName(), r.getOuPath()), sso,
                new AccountRequest.Ownership(r.getOwnerTeam(), r.getCostCenter(), r.getEnvironment()),
                r.getMonthlyBudget(), r.getJustification(), r.getTargetAccountId(),
                new AccountRequest.Approval(r.getSubjectHash(), r.getProcessId()),
                new AccountRequest.Progress(AccountRequestStatus.valueOf(r.getStatus()), r.getStatusReason(),
                        r.getFailureCode(), r.getQueueRank()),
                new AccountRequest.Vending(r.getIdempotencyKey(), r.getVendor(), instant(r.getStartSentAt()),
                        r.getOperationId(), r.getAccountId()),
                new AccountRequest.Timing(instant(r.getCreatedAt()), instant(r.getUpdatedAt()),
                        instant(r.getQueuedAt()), instant(r.getStartedAt()), instant(r.getFinishedAt())),
                tags, baselines);
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
