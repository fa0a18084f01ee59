package dev.skyway.portal.accounts.internal.requests;

import static dev.skyway.schema.accounts.Tables.ACCOUNT;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_BUDGET;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.accounts.AccountBudget;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestLifecycle;
import dev.skyway.portal.accounts.AccountRequestTransition;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.Baseline;
import dev.skyway.portal.accounts.TimelineEntry;
import dev.skyway.schema.accounts.tables.records.AccountRequestRecord;
import dev.skyway.portal.platform.identity.UserKey;

/** Account requests, their tags, baselines, timeline and the budgets of vended accounts ({@code accounts.*}). */
@Repository
public class AccountRequestStore {

    private static final List<String> OPEN = List.of(AccountRequestStatus.PENDING_APPROVAL.name(),
            AccountRequestStatus.CHANGES_REQUESTED.name(), AccountRequestStatus.QUEUED.name(),
            AccountRequestStatus.PROVISIONING.name(), AccountRequestStatus.NEEDS_OPERATOR.name());

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    AccountRequestStore(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /** Stores a new request with its tags and baselines (all PENDING). */
    public void insert(AccountRequest r, List<Baseline> baselines) {
        AccountRequestRecord rec = db.newRecord(ACCOUNT_REQUEST);
        rec.setId(r.id());
        rec.setKind(r.kind().name());
        rec.setAccountName(r.accountName());
        rec.setAccountEmail(r.accountEmail());
        rec.setOuId(r.placement().id());
        rec.setOuName(r.placement().name());
        rec.setOuPath(r.placement().path());
        if (r.ssoUser() != null) {
            rec.setSsoFirstName(r.ssoUser().firstName());
            rec.setSsoLastName(r.ssoUser().lastName());
            rec.setSsoEmail(r.ssoUser().email());
        }
        rec.setOwnerTeam(r.ownership().team());
        rec.setCostCenter(r.ownership().costCenter());
        rec.setEnvironment(r.ownership().environment());
        rec.setMonthlyBudget(r.monthlyBudget());
        rec.setJustification(r.justification());
        rec.setTargetAccountId(r.targetAccountId());
        AccountRequest.Requester requester = r.requester();
        rec.setRequester(requester.username());
        rec.setRequesterName(requester.name());
        rec.setRequesterEmail(requester.email());
        rec.setRequesterIssuer(requester.issuer());
        rec.setRequesterSubject(requester.subject());
        rec.setRequesterTeam(requester.team());
        rec.setStatus(r.status().name());
        rec.setSubjectHash(r.approval().subjectHash());
        rec.setIdempotencyKey(r.vending().idempotencyKey());
        rec.setAccountId(r.vending().accountId());
        rec.setCreatedAt(at(r.timing().createdAt()));
        rec.setUpdatedAt(at(r.timing().updatedAt()));
        rec.insert();
        r.tags().forEach((k, v) -> db.insertInto(ACCOUNT_REQUEST_TAG).set(ACCOUNT_REQUEST_TAG.REQUEST_ID, r.id())
                .set(ACCOUNT_REQUEST_TAG.TAG_KEY, k).set(ACCOUNT_REQUEST_TAG.TAG_VALUE, v).execute());
        insertBaselines(r.id(), baselines);
    }

    /**
     * Replaces the creation facts, subject hash, tags and baselines of a request the requester edited (its status:
     * {@link AccountRequestLifecycle#resubmit}).
     */
    public void replace(AccountRequest r, List<Baseline> baselines) {
        db.update(ACCOUNT_REQUEST).set(ACCOUNT_REQUEST.ACCOUNT_NAME, r.accountName())
                .set(ACCOUNT_REQUEST.ACCOUNT_EMAIL, r.accountEmail()).set(ACCOUNT_REQUEST.OU_ID, r.placement().id())
                .set(ACCOUNT_REQUEST.OU_NAME, r.placement().name()).set(ACCOUNT_REQUEST.OU_PATH, r.placement().path())
                .set(ACCOUNT_REQUEST.SSO_FIRST_NAME, r.ssoUser().firstName())
                .set(ACCOUNT_REQUEST.SSO_LAST_NAME, r.ssoUser().lastName())
                .set(ACCOUNT_REQUEST.SSO_EMAIL, r.ssoUser().email())
                .set(ACCOUNT_REQUEST.OWNER_TEAM, r.ownership().team())
                .set(ACCOUNT_REQUEST.COST_CENTER, r.ownership().costCenter())
                .set(ACCOUNT_REQUEST.ENVIRONMENT, r.ownership().environment())
                .set(ACCOUNT_REQUEST.MONTHLY_BUDGET, r.monthlyBudget())
                .set(ACCOUNT_REQUEST.JUSTIFICATION, r.justification())
                .set(ACCOUNT_REQUEST.SUBJECT_HASH, r.approval().subjectHash())
                .where(ACCOUNT_REQUEST.ID.eq(r.id())).execute();
        db.deleteFrom(ACCOUNT_REQUEST_TAG).where(ACCOUNT_REQUEST_TAG.REQUEST_ID.eq(r.id())).execute();
        db.deleteFrom(ACCOUNT_REQUEST_BASELINE).where(ACCOUNT_REQUEST_BASELINE.REQUEST_ID.eq(r.id())).execute();
        r.tags().forEach((k, v) -> db.insertInto(ACCOUNT_REQUEST_TAG).set(ACCOUNT_REQUEST_TAG.REQUEST_ID, r.id())
                .set(ACCOUNT_REQUEST_TAG.TAG_KEY, k).set(ACCOUNT_REQUEST_TAG.TAG_VALUE, v).execute());
        insertBaselines(r.id(), baselines);
    }

    private void insertBaselines(UUID id, List<Baseline> baselines) {
        int position = 0;
        for (Baseline b : baselines) {
            db.insertInto(ACCOUNT_REQUEST_BASELINE).set(ACCOUNT_REQUEST_BASELINE.REQUEST_ID, id)
                    .set(ACCOUNT_REQUEST_BASELINE.BASELINE_ID, b.id())
                    .set(ACCOUNT_REQUEST_BASELINE.POSITION, position++)
                    .set(ACCOUNT_REQUEST_BASELINE.STACK_SET_NAME, b.stackSetName())
                    .set(ACCOUNT_REQUEST_BASELINE.STATE, "PENDING").execute();
        }
    }

    public Optional<AccountRequest> find(UUID id) {
        return db.selectFrom(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.ID.eq(id)).fetchOptional().map(this::view);
    }

    /** The request, row-locked until the transaction ends. */
    public Optional<AccountRequest> lock(UUID id) {
        return db.selectFrom(ACCOUNT_REQUEST).where(ACCOUNT_REQUEST.ID.eq(id)).forUpdate().fetchOptional()
                .map(this::view);
    }

    /** Newest first; {@code requester} and {@code status} null for any. */
    public List<AccountRequest> list(UserKey requester, AccountRequestStatus status, int offset, int limit) {
        return db.selectFrom(ACCOUNT_REQUEST).where(filter(requester, status))
                .orderBy(ACCOUNT_REQUEST.CREATED_AT.desc(), ACCOUNT_REQUEST.ID).offset(offset).limit(limit)
                .fetch(this::view);
    }

    public int count(UserKey requester, AccountRequestStatus status) {
        return db.fetchCount(ACCOUNT_REQUEST, filter(requester, status));
    }

    private static Condition filter(UserKey requester, AccountRequestStatus status) {
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

    /** Whether an open request already holds this account email (case-insensitive); {@code except} may be null. */
    public boolean emailHeld(String email, UUID except) {
        Condition where = DSL.lower(ACCOUNT_REQUEST.ACCOUNT_EMAIL).eq(email.toLowerCase())
                .and(ACCOUNT_REQUEST.STATUS.in(OPEN));
        if (except != null) {
            where = where.and(ACCOUNT_REQUEST.ID.ne(except));
        }
        return db.fetchExists(ACCOUNT_REQUEST, where);
    }

    /** Whether the inventory has an account with this root email (case-insensitive). */
    public boolean emailInInventory(String email) {
        return db.fetchExists(ACCOUNT, DSL.lower(ACCOUNT.EMAIL).eq(email.toLowerCase()));
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
     * in the caller's transaction, as Spring Data publishes an aggregate's domain events on save).
     *
     * @throws IllegalStateException when the request's status changed since it was read
     */
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

    public void setBaseline(UUID id, String baselineId, String state, String operationId, String message,
                            Instant now) {
        db.update(ACCOUNT_REQUEST_BASELINE).set(ACCOUNT_REQUEST_BASELINE.STATE, state)
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

    public void saveBudget(AccountBudget budget) {
        if (db.fetchExists(ACCOUNT_BUDGET, ACCOUNT_BUDGET.ACCOUNT_ID.eq(budget.accountId()))) {
            return;
        }
        db.insertInto(ACCOUNT_BUDGET).set(ACCOUNT_BUDGET.ACCOUNT_ID, budget.accountId())
                .set(ACCOUNT_BUDGET.REQUEST_ID, budget.requestId()).set(ACCOUNT_BUDGET.BUDGET_NAME, budget.budgetName())
                .set(ACCOUNT_BUDGET.MONTHLY_LIMIT, budget.monthlyLimit()).set(ACCOUNT_BUDGET.CURRENCY, budget.currency())
                .set(ACCOUNT_BUDGET.CREATED_AT, at(budget.createdAt())).execute();
    }

    public Optional<AccountBudget> budget(String accountId) {
        return db.selectFrom(ACCOUNT_BUDGET).where(ACCOUNT_BUDGET.ACCOUNT_ID.eq(accountId)).fetchOptional()
                .map(r -> new AccountBudget(r.getAccountId(), r.getRequestId(), r.getBudgetName(),
                        r.getMonthlyLimit(), r.getCurrency(), r.getCreatedAt().toInstant()));
    }

    /** How many accounts of the team the inventory holds (for approvers). */
    public int teamAccounts(String team) {
        return db.fetchCount(ACCOUNT, DSL.lower(ACCOUNT.OWNER_TEAM).eq(team.toLowerCase()));
    }

    private AccountRequest view(AccountRequestRecord r) {
        Map<String, String> tags = new LinkedHashMap<>();
        db.selectFrom(ACCOUNT_REQUEST_TAG).where(ACCOUNT_REQUEST_TAG.REQUEST_ID.eq(r.getId()))
                .orderBy(ACCOUNT_REQUEST_TAG.TAG_KEY).forEach(t -> tags.put(t.getTagKey(), t.getTagValue()));
        List<AccountRequest.BaselineDeployment> baselines = db.selectFrom(ACCOUNT_REQUEST_BASELINE)
                .where(ACCOUNT_REQUEST_BASELINE.REQUEST_ID.eq(r.getId())).orderBy(ACCOUNT_REQUEST_BASELINE.POSITION)
                .fetch(b -> new AccountRequest.BaselineDeployment(b.getBaselineId(), b.getStackSetName(),
                        b.getState(), b.getOperationId(), b.getMessage(), instant(b.getUpdatedAt())));
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
