package dev.skyway.portal.accounts.internal.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.accounts.AccountBudget;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequest.BaselineDeployment.State;
import dev.skyway.portal.accounts.TimelineEntry.Kind;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;

/**
 * The steps of a new account once its creation was started: follow the vendor's operation until the account exists
 * and sits in its OU (asking the vendor for the operation when the process died around the call, never starting
 * again), deploy each baseline through StackSets in order (the operation id is committed before the call and reused
 * on a retry), record the monthly budget, and finish: PROVISIONED, {@link dev.skyway.portal.accounts.AccountVended},
 * requester told.
 * Retryable AWS refusals leave the request as it is for the next pass.
 */
@Component
class CreationSteps {

    private static final Logger log = LoggerFactory.getLogger(CreationSteps.class);

    private final AccountRequestStore store;
    private final AccountBudgets recordedBudgets;
    private final AccountVendor vendor;
    private final BaselineDeployer deployer;
    private final BudgetRecorder budgets;
    private final VendingOutcomes outcomes;
    private final VendingProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    CreationSteps(AccountRequestStore store, AccountBudgets recordedBudgets, AccountVendor vendor,
                  BaselineDeployer deployer, BudgetRecorder budgets, VendingOutcomes outcomes,
                  VendingProperties properties, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.recordedBudgets = recordedBudgets;
        this.vendor = vendor;
        this.deployer = deployer;
        this.budgets = budgets;
        this.outcomes = outcomes;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
    }

    /** Follows the account's creation until it exists and is placed in its OU, then starts its baselines. */
    void followCreation(AccountRequest row, VendingPass pass) {
        String operationId = row.vending().operationId();
        if (operationId == null) {
            // "start sent" but no id: the process died around the call. Ask, never start again.
            Recovery found;
            try {
                found = vendor.find(VendingRunner.command(row), row.vending().startSentAt());
            } catch (VendingException e) {
                log.warn("Account request {}: cannot ask the vendor for its operation: {}", row.id(), e.getMessage());
                return;
            }
            switch (found) {
                case Recovery.Found f -> {
                    operationId = f.operationId();
                    String recovered = operationId;
                    tx.executeWithoutResult(s -> {
                        store.setOperation(row.id(), recovered, clock.instant());
                        store.addEvent(row.id(), Kind.OPERATION, "Operation " + recovered
                                + " found after an unconfirmed start: " + f.explanation(), clock.instant());
                    });
                }
                case Recovery.Ambiguous a -> {
                    tx.executeWithoutResult(s -> outcomes.needsOperator(row, "START_AMBIGUOUS",
                            FailureReasons.plain("START_AMBIGUOUS", null) + " " + a.explanation(), pass));
                    return;
                }
                case Recovery.NotFound n -> {
                    if (clock.instant().isAfter(row.vending().startSentAt().plus(properties.startGrace()))) {
                        tx.executeWithoutResult(s -> outcomes.needsOperator(row, "START_UNCONFIRMED",
                                FailureReasons.plain("START_UNCONFIRMED", null) + " " + n.explanation(), pass));
                    }
                    return;
                }
            }
        }
        VendingProgress progress;
        try {
            progress = vendor.progress(operationId);
        } catch (VendingException e) {
            if (!e.retryable()) {
                tx.executeWithoutResult(s -> outcomes.fail(row, e.code(),
                        FailureReasons.plain(e.code(), e.getMessage()), pass));
            }
            return;
        }
        switch (progress.state()) {
            case IN_PROGRESS -> {
            }
            case FAILED -> tx.executeWithoutResult(s -> outcomes.fail(row, progress.failureReason(),
                    FailureReasons.plain(progress.failureReason(), progress.message()), pass));
            case SUCCEEDED -> {
                try {
                    vendor.place(progress.accountId(), VendingRunner.command(row));
                } catch (VendingException e) {
                    if (!e.retryable()) {
                        tx.executeWithoutResult(s -> outcomes.fail(row, e.code(), "Account " + progress.accountId()
                                + " was created but could not be placed in its OU: " + e.getMessage(), pass));
                    }
                    return;
                }
                tx.executeWithoutResult(s -> {
                    store.setAccount(row.id(), progress.accountId(), clock.instant());
                    store.addEvent(row.id(), Kind.ACCOUNT_CREATED, "Account " + progress.accountId() + " created in "
                            + row.placement().path(), clock.instant());
                });
                pass.refresh = true;
            }
        }
    }

    /** Deploys the baselines one after the other, then records the budget and finishes the request. */
    void followBaselines(AccountRequest row, VendingPass pass) {
        for (AccountRequest.BaselineDeployment b : row.baselines()) {
            switch (b.state()) {
                case SUCCEEDED -> {
                    continue;
                }
                case PENDING -> {
                    String operationId = UUID.randomUUID().toString();
                    tx.executeWithoutResult(s -> store.setBaseline(row.id(), b.baselineId(), State.STARTING,
                            operationId, null, clock.instant()));
                    deploy(row, b.baselineId(), b.stackSetName(), operationId, pass);
                    return;
                }
                case STARTING -> {
                    deploy(row, b.baselineId(), b.stackSetName(), b.operationId(), pass);
                    return;
                }
                case RUNNING -> {
                    BaselineDeployer.OperationProgress p;
                    try {
                        p = deployer.progress(b.stackSetName(), b.operationId());
                    } catch (VendingException e) {
                        if (!e.retryable()) {
                            tx.executeWithoutResult(s -> {
                                store.setBaseline(row.id(), b.baselineId(), State.FAILED, b.operationId(),
                                        e.getMessage(), clock.instant());
                                outcomes.fail(row, e.code(), "Baseline " + b.baselineId() + " failed: "
                                        + e.getMessage(), pass);
                            });
                        }
                        return;
                    }
                    switch (p.state()) {
                        case RUNNING -> {
                            return;
                        }
                        case SUCCEEDED -> {
                            tx.executeWithoutResult(s -> {
                                store.setBaseline(row.id(), b.baselineId(), State.SUCCEEDED, b.operationId(), null,
                                        clock.instant());
                                store.addEvent(row.id(), Kind.BASELINE, "Baseline " + b.baselineId() + " deployed ("
                                        + b.stackSetName() + ")", clock.instant());
                            });
                            continue;
                        }
                        case FAILED, STOPPED -> {
                            String why = p.message() == null ? "the StackSet operation " + p.state().name()
                                    .toLowerCase() : p.message();
                            tx.executeWithoutResult(s -> {
                                store.setBaseline(row.id(), b.baselineId(), State.FAILED, b.operationId(), why,
                                        clock.instant());
                                outcomes.fail(row, "BASELINE_FAILED", "Baseline " + b.baselineId() + " failed: "
                                        + why, pass);
                            });
                            return;
                        }
                    }
                }
                case FAILED -> {
                    return; // the request failed with it
                }
            }
        }
        finish(row, pass);
    }

    /** The AWS Budgets name of a vended account's monthly budget: unique per account. */
    static String budgetName(String accountId) {
        return "skyway-" + accountId + "-monthly";
    }

    private void deploy(AccountRequest row, String baselineId, String stackSetName, String operationId,
                        VendingPass pass) {
        try {
            deployer.deploy(stackSetName, row.vending().accountId(), properties.baselineRegions(), operationId);
            tx.executeWithoutResult(s -> {
                store.setBaseline(row.id(), baselineId, State.RUNNING, operationId, null, clock.instant());
                store.addEvent(row.id(), Kind.BASELINE, "Deploying baseline " + baselineId + " to "
                        + String.join(", ", properties.baselineRegions()), clock.instant());
            });
        } catch (VendingException e) {
            if (!e.retryable()) {
                tx.executeWithoutResult(s -> {
                    store.setBaseline(row.id(), baselineId, State.FAILED, operationId, e.getMessage(),
                            clock.instant());
                    outcomes.fail(row, e.code(), "Baseline " + baselineId + " failed: " + e.getMessage(), pass);
                });
            }
        }
    }

    private void finish(AccountRequest row, VendingPass pass) {
        // by account id: account names are not unique, and a name-based budget could be taken for another's
        String budgetName = budgetName(row.vending().accountId());
        try {
            budgets.create(row.vending().accountId(), budgetName, row.monthlyBudget(),
                    properties.budgets().notificationEmails());
        } catch (VendingException e) {
            if (!e.retryable()) {
                tx.executeWithoutResult(s -> outcomes.fail(row, e.code(), "The budget could not be created: "
                        + e.getMessage(), pass));
            }
            return;
        }
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            recordedBudgets.save(new AccountBudget(row.vending().accountId(), row.id(), budgetName, row.monthlyBudget(),
                    "USD", now));
            store.save(row.lifecycle().complete(budgetName, now));
        });
        pass.finished++;
        outcomes.notify(row, "Your AWS account " + row.accountName() + " is ready", "Account "
                + row.vending().accountId() + " ("
                + row.accountName() + ") was created in " + row.placement().path() + " with its baselines and a "
                + row.monthlyBudget().toPlainString() + " USD monthly budget.", pass);
    }
}
