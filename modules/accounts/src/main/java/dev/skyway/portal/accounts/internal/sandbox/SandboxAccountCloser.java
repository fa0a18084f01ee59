package dev.skyway.portal.accounts.internal.sandbox;

import static dev.skyway.schema.accounts.Tables.SANDBOX_CLOSURE;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.VendingException;

/**
 * CloseAccount in the simulation: the account goes PENDING_CLOSURE at once and, {@code closeDelay} later (evaluated
 * when its status is read), SUSPENDED and moved to the Suspended OU, as the Control Tower landing zone does.
 */
public class SandboxAccountCloser implements AccountCloser {

    private final DSLContext db;
    private final SandboxOrganization organization;
    private final Clock clock;
    private final Duration delay;

    public SandboxAccountCloser(DSLContext db, SandboxOrganization organization, Clock clock, Duration delay) {
        this.db = db;
        this.organization = organization;
        this.clock = clock;
        this.delay = delay;
    }

    @Override
    @Transactional
    public void close(String accountId) {
        Member account = organization.account(accountId).orElseThrow(() -> new VendingException("Account "
                + accountId + " is not in the organization", "AccountNotFoundException", null, false, null));
        if (!"ACTIVE".equals(account.status())) {
            return;
        }
        organization.update(accountId, "PENDING_CLOSURE", null);
        db.insertInto(SANDBOX_CLOSURE).set(SANDBOX_CLOSURE.ACCOUNT_ID, accountId)
                .set(SANDBOX_CLOSURE.REQUESTED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(SANDBOX_CLOSURE.READY_AT, clock.instant().plus(delay).atOffset(ZoneOffset.UTC)).execute();
    }

    @Override
    @Transactional
    public String status(String accountId) {
        Member account = organization.account(accountId).orElseThrow(() -> new VendingException("Account "
                + accountId + " is not in the organization", "AccountNotFoundException", null, false, null));
        if ("PENDING_CLOSURE".equals(account.status())) {
            var closure = db.selectFrom(SANDBOX_CLOSURE).where(SANDBOX_CLOSURE.ACCOUNT_ID.eq(accountId))
                    .fetchOptional();
            if (closure.isEmpty() || !clock.instant().isBefore(closure.get().getReadyAt().toInstant())) {
                organization.update(accountId, "SUSPENDED", organization.unitNamed("Suspended").orElse(null));
                return "SUSPENDED";
            }
        }
        return account.status();
    }
}
