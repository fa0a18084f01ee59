package dev.skyway.portal.accounts.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;

/**
 * Stands in for an AWS vending adapter that is not wired yet (see {@link VendingConfiguration}): the application
 * starts in aws mode, and every vending attempt fails with a plain message instead of reaching AWS.
 */
final class NotWiredVending implements AccountVendor, BaselineDeployer, BudgetRecorder, AccountCloser {

    private final String what;

    NotWiredVending(String what) {
        this.what = what;
    }

    private VendingException missing() {
        return new VendingException("Account vending in aws mode is not configured yet (" + what
                + " adapter missing); ask a platform admin", "NOT_CONFIGURED", null, false, null);
    }

    @Override
    public String name() {
        return what;
    }

    @Override
    public String start(VendingCommand command) {
        throw missing();
    }

    @Override
    public Optional<String> find(VendingCommand command) {
        throw missing();
    }

    @Override
    public VendingProgress progress(String operationId) {
        throw missing();
    }

    @Override
    public void place(String accountId, VendingCommand command) {
        throw missing();
    }

    @Override
    public String deploy(String stackSetName, String accountId, List<String> regions, String operationId) {
        throw missing();
    }

    @Override
    public OperationProgress progress(String stackSetName, String operationId) {
        throw missing();
    }

    @Override
    public void create(String accountId, String budgetName, BigDecimal monthlyLimitUsd, List<String> notifyEmails) {
        throw missing();
    }

    @Override
    public void close(String accountId) {
        throw missing();
    }

    @Override
    public String status(String accountId) {
        throw missing();
    }
}
