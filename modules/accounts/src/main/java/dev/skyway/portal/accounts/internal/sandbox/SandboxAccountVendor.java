package dev.skyway.portal.accounts.internal.sandbox;

import static dev.skyway.schema.accounts.Tables.SANDBOX_VENDING_OPERATION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.DSLContext;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Member;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;
import dev.skyway.schema.accounts.tables.records.SandboxVendingOperationRecord;

/**
 * CreateAccount in the simulated organization: asynchronous like AWS (an operation {@code car-...} that completes
 * {@code creationDelay} after the start, evaluated when asked), with its state in {@code accounts.sandbox_*}. Like
 * CreateAccount it has no idempotency: every {@link #start} begins a new operation (the caller must never start twice;
 * {@link #find} looks an earlier one up by its idempotency key).
 *
 * <p>Documented failures, decided when the operation completes:
 * <ul>
 *   <li>{@code EMAIL_ALREADY_EXISTS}: the email is already a root email in the sandbox organization (e.g. an account
 *       added since the last inventory sync, or the same email started twice), or its domain is
 *       {@code taken.example.com} (an address "used by another organization");</li>
 *   <li>{@code ACCOUNT_LIMIT_EXCEEDED}: the organization already holds {@code accountLimit} accounts
 *       ({@code portal.accounts.vending.sandbox.account-limit}, default 100; the seed has 42);</li>
 *   <li>a start into an OU the organization does not have is refused at once ({@code ParentNotFoundException}).</li>
 * </ul>
 */
public class SandboxAccountVendor implements AccountVendor {

    public static final String TAKEN_DOMAIN = "@taken.example.com";

    private final DSLContext db;
    private final SandboxOrganization organization;
    private final Clock clock;
    private final Duration delay;
    private final int accountLimit;

    public SandboxAccountVendor(DSLContext db, SandboxOrganization organization, Clock clock, Duration delay,
                                int accountLimit) {
        this.db = db;
        this.organization = organization;
        this.clock = clock;
        this.delay = delay;
        this.accountLimit = accountLimit;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    @Transactional
    public String start(VendingCommand command) {
        organization.seedIfEmpty();
        if (!organization.hasUnit(command.organizationalUnitId())) {
            throw new VendingException("The organizational unit " + command.organizationalUnitId()
                    + " does not exist in the organization", "ParentNotFoundException", null, false, null);
        }
        String id = "car-" + Long.toHexString(ThreadLocalRandom.current().nextLong()).replace("-", "")
                + Long.toHexString(clock.millis());
        Instant now = clock.instant();
        db.insertInto(SANDBOX_VENDING_OPERATION).set(SANDBOX_VENDING_OPERATION.ID, id)
                .set(SANDBOX_VENDING_OPERATION.IDEMPOTENCY_KEY, command.idempotencyKey())
                .set(SANDBOX_VENDING_OPERATION.ACCOUNT_NAME, command.accountName())
                .set(SANDBOX_VENDING_OPERATION.EMAIL, command.accountEmail())
                .set(SANDBOX_VENDING_OPERATION.PARENT_ID, command.organizationalUnitId())
                .set(SANDBOX_VENDING_OPERATION.TAGS, SandboxOrganization.lines(command.tags()))
                .set(SANDBOX_VENDING_OPERATION.STATE, "IN_PROGRESS")
                .set(SANDBOX_VENDING_OPERATION.REQUESTED_AT, now.atOffset(ZoneOffset.UTC))
                .set(SANDBOX_VENDING_OPERATION.READY_AT, now.plus(delay).atOffset(ZoneOffset.UTC)).execute();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Recovery find(VendingCommand command, Instant sentAt) {
        return db.select(SANDBOX_VENDING_OPERATION.ID).from(SANDBOX_VENDING_OPERATION)
                .where(SANDBOX_VENDING_OPERATION.IDEMPOTENCY_KEY.eq(command.idempotencyKey()))
                .orderBy(SANDBOX_VENDING_OPERATION.REQUESTED_AT).limit(1).fetchOptional(SANDBOX_VENDING_OPERATION.ID)
                .<Recovery>map(id -> new Recovery.Found(id, "The sandbox found operation " + id))
                .orElseGet(() -> new Recovery.NotFound("The sandbox has no operation for this request"));
    }

    @Override
    @Transactional
    public VendingProgress progress(String operationId) {
        SandboxVendingOperationRecord op = db.selectFrom(SANDBOX_VENDING_OPERATION)
                .where(SANDBOX_VENDING_OPERATION.ID.eq(operationId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new VendingException("No account creation " + operationId,
                        "CreateAccountStatusNotFoundException", null, false, null));
        if ("IN_PROGRESS".equals(op.getState()) && !clock.instant().isBefore(op.getReadyAt().toInstant())) {
            complete(op);
        }
        return switch (op.getState()) {
            case "SUCCEEDED" -> VendingProgress.succeeded(op.getAccountId());
            case "FAILED" -> VendingProgress.failed(op.getFailureReason(), null);
            default -> VendingProgress.inProgress();
        };
    }

    private void complete(SandboxVendingOperationRecord op) {
        String email = op.getEmail();
        if (email.toLowerCase().endsWith(TAKEN_DOMAIN) || organization.emailInUse(email)) {
            op.setState("FAILED");
            op.setFailureReason("EMAIL_ALREADY_EXISTS");
        } else if (organization.accountCount() >= accountLimit) {
            op.setState("FAILED");
            op.setFailureReason("ACCOUNT_LIMIT_EXCEEDED");
        } else {
            String accountId;
            do {
                accountId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
            } while (organization.hasAccount(accountId));
            organization.addAccount(new Member(accountId, op.getAccountName(), email, "ACTIVE", op.getParentId(),
                    op.getReadyAt().toInstant(), SandboxOrganization.pairs(op.getTags())));
            op.setState("SUCCEEDED");
            op.setAccountId(accountId);
        }
        op.update();
    }

    /** The sandbox creates the account in its OU with its tags already. */
    @Override
    public void place(String accountId, VendingCommand command) {
        if (!organization.hasAccount(accountId)) {
            throw new VendingException("Account " + accountId + " is not in the organization",
                    "AccountNotFoundException", null, false, null);
        }
    }
}
