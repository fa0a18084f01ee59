package dev.skyway.portal.accounts.internal.requests;

import static dev.skyway.portal.accounts.internal.requests.AccountRequestStore.at;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_BUDGET;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.accounts.AccountBudget;

/** The monthly budgets the portal recorded for the accounts it vended ({@code accounts.account_budget}). */
@Repository
public class AccountBudgets {

    private final DSLContext db;

    AccountBudgets(DSLContext db) {
        this.db = db;
    }

    /** Records the budget once per account (a vending step retried after a crash records nothing new). */
    public void save(AccountBudget budget) {
        if (db.fetchExists(ACCOUNT_BUDGET, ACCOUNT_BUDGET.ACCOUNT_ID.eq(budget.accountId()))) {
            return;
        }
        db.insertInto(ACCOUNT_BUDGET).set(ACCOUNT_BUDGET.ACCOUNT_ID, budget.accountId())
                .set(ACCOUNT_BUDGET.REQUEST_ID, budget.requestId())
                .set(ACCOUNT_BUDGET.BUDGET_NAME, budget.budgetName())
                .set(ACCOUNT_BUDGET.MONTHLY_LIMIT, budget.monthlyLimit())
                .set(ACCOUNT_BUDGET.CURRENCY, budget.currency())
                .set(ACCOUNT_BUDGET.CREATED_AT, at(budget.createdAt())).execute();
    }

    /** The budget recorded for the account; empty for accounts the portal did not vend. */
    public Optional<AccountBudget> forAccount(String accountId) {
        return db.selectFrom(ACCOUNT_BUDGET).where(ACCOUNT_BUDGET.ACCOUNT_ID.eq(accountId)).fetchOptional()
                .map(AccountBudgets::budget);
    }

    /** Every recorded budget, oldest first. */
    public List<AccountBudget> all() {
        return db.selectFrom(ACCOUNT_BUDGET).orderBy(ACCOUNT_BUDGET.CREATED_AT, ACCOUNT_BUDGET.ACCOUNT_ID)
                .fetch(AccountBudgets::budget);
    }

    private static AccountBudget budget(dev.skyway.schema.accounts.tables.records.AccountBudgetRecord r) {
        return new AccountBudget(r.getAccountId(), r.getRequestId(), r.getBudgetName(), r.getMonthlyLimit(),
                r.getCurrency(), r.getCreatedAt().toInstant());
    }
}
