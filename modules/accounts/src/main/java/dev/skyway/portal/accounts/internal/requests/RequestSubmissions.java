package dev.skyway.portal.accounts.internal.requests;

import static dev.skyway.portal.accounts.internal.requests.AccountRequestStore.at;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_BASELINE;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_TAG;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequest.BaselineDeployment;
import dev.skyway.portal.accounts.AccountRequestLifecycle;
import dev.skyway.portal.accounts.Baseline;
import dev.skyway.schema.accounts.tables.records.AccountRequestRecord;

/**
 * What a requester submitted, as stored: a new request's row with its tags and chosen baselines, or the facts of an
 * edited one. How the request then moves is {@link AccountRequestStore}'s.
 */
@Repository
public class RequestSubmissions {

    private final DSLContext db;

    RequestSubmissions(DSLContext db) {
        this.db = db;
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
        insertTagsAndBaselines(r, baselines);
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
        insertTagsAndBaselines(r, baselines);
    }

    private void insertTagsAndBaselines(AccountRequest r, List<Baseline> baselines) {
        UUID id = r.id();
        r.tags().forEach((k, v) -> db.insertInto(ACCOUNT_REQUEST_TAG).set(ACCOUNT_REQUEST_TAG.REQUEST_ID, id)
                .set(ACCOUNT_REQUEST_TAG.TAG_KEY, k).set(ACCOUNT_REQUEST_TAG.TAG_VALUE, v).execute());
        int position = 0;
        for (Baseline b : baselines) {
            db.insertInto(ACCOUNT_REQUEST_BASELINE).set(ACCOUNT_REQUEST_BASELINE.REQUEST_ID, id)
                    .set(ACCOUNT_REQUEST_BASELINE.BASELINE_ID, b.id())
                    .set(ACCOUNT_REQUEST_BASELINE.POSITION, position++)
                    .set(ACCOUNT_REQUEST_BASELINE.STACK_SET_NAME, b.stackSetName())
                    .set(ACCOUNT_REQUEST_BASELINE.STATE, BaselineDeployment.State.PENDING.name()).execute();
        }
    }
}
