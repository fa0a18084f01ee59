package dev.skyway.portal.accounts.internal.aws;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingOutcomeUnknownException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.ThrottlingOnlyRetries;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.organizations.model.DuplicateAccountException;
import software.amazon.awssdk.services.organizations.model.IAMUserAccessToBilling;
import software.amazon.awssdk.services.organizations.model.Tag;

/**
 * Account vending with AWS Organizations ({@code organizations}): {@code CreateAccount}, polled with
 * {@code DescribeCreateAccountStatus}, then {@code MoveAccount} from the root to the OU and {@code TagResource}.
 *
 * <p>{@code CreateAccount} has no idempotency token, so it is sent at most once per {@link #start} call: the SDK's
 * retries are limited to throttling for it (see {@link ThrottlingOnlyRetries}); a 5xx or network failure is thrown as
 * retryable, and the caller, which marked the command "start sent" before, must then use {@link #find} (never
 * {@link #start} again). {@link #find} only lists ({@code ListAccounts}, {@code ListCreateAccountStatus}), it never
 * creates.
 */
public class OrganizationsAccountVendor implements AccountVendor {

    public static final String NAME = "organizations";

    private final OrganizationsClient client;
    private final @Nullable String roleName;
    private final @Nullable IAMUserAccessToBilling iamUserAccessToBilling;

    /**
     * @param client                 Organizations client from the management account (or a delegated
     *                               administrator). The adapter does not close it.
     * @param roleName               the role AWS creates in the new account for the management account; without
     *                               one, AWS's default {@code OrganizationAccountAccessRole}
     * @param iamUserAccessToBilling {@code true}/{@code false} to send {@code IamUserAccessToBilling} ALLOW/DENY;
     *                               without one, it is left out (AWS then allows it)
     */
    public OrganizationsAccountVendor(OrganizationsClient client, @Nullable String roleName,
                                      @Nullable Boolean iamUserAccessToBilling) {
        this.client = Objects.requireNonNull(client, "client");
        this.roleName = roleName == null || roleName.isBlank() ? null : roleName;
        this.iamUserAccessToBilling = iamUserAccessToBilling == null ? null
                : iamUserAccessToBilling ? IAMUserAccessToBilling.ALLOW : IAMUserAccessToBilling.DENY;
    }

    /** AWS's defaults for the role name and billing access. */
    public OrganizationsAccountVendor(OrganizationsClient client) {
        this(client, null, null);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the {@code car-...} id of the creation request */
    @Override
    public String start(VendingCommand command) {
        String what = "create account " + command.accountName();
        CreateAccountStatus status;
        try {
            status = VendingErrors.call(OrganizationsErrors.SERVICE, what,
                OrganizationsErrors.translator(what), () -> client.createAccount(r -> r
                        .accountName(command.accountName())
                        .email(command.accountEmail())
                        .roleName(roleName)
                        .iamUserAccessToBilling(iamUserAccessToBilling)
                        .tags(tags(command.tags()))
                        .overrideConfiguration(o -> o.addPlugin(ThrottlingOnlyRetries.INSTANCE))))
                    .createAccountStatus();
        } catch (VendingException e) {
            if (e.retryable() && outcomeUnknown(e)) {
                // a timeout, a lost connection or an internal error: AWS may be creating the account
                throw new VendingOutcomeUnknownException("Sent " + what + " to AWS Organizations but got no "
                        + "answer (" + e.getMessage() + "); the portal will look the request up instead of sending "
                        + "it again", e.code(), e.awsRequestId(), e);
            }
            throw e;
        }
        return status.id();
    }

    /**
     * No answer at all, or an internal error: AWS may have acted. Any other answer (throttling, concurrent
     * modification, ...) is a refusal after which starting again is safe.
     */
    private static boolean outcomeUnknown(VendingException e) {
        AwsErrorKind kind = e.getCause() == null ? AwsErrorKind.OTHER : AwsErrorKind.of(e.getCause());
        return kind == AwsErrorKind.SERVER_ERROR || kind == AwsErrorKind.UNREACHABLE;
    }

    /** By email and join time, never by name: see {@link CreateAccountRecovery}. Only lists, never creates. */
    @Override
    public Recovery find(VendingCommand command, Instant sentAt) {
        return new CreateAccountRecovery(client).find(command, sentAt);
    }

    @Override
    public VendingProgress progress(String operationId) {
        String what = "read account creation request " + operationId;
        CreateAccountStatus status = VendingErrors.call(OrganizationsErrors.SERVICE, what,
                OrganizationsErrors.translator(what),
                () -> client.describeCreateAccountStatus(r -> r.createAccountRequestId(operationId)))
                .createAccountStatus();
        return switch (status.state()) {
            case SUCCEEDED -> VendingProgress.succeeded(status.accountId());
            case FAILED -> VendingProgress.failed(status.failureReasonAsString(),
                    CreateAccountFailures.words(status.failureReasonAsString()));
            case IN_PROGRESS -> new VendingProgress(VendingProgress.State.IN_PROGRESS, status.accountId(), null, null);
            case null, default -> throw new VendingException("AWS Organizations reported an unknown state "
                    + status.stateAsString() + " for account creation request " + operationId, status.stateAsString(),
                    null, true, null);
        };
    }

    /** Moves the account to the command's OU when it is elsewhere, then tags it (tagging again is harmless). */
    @Override
    public void place(String accountId, VendingCommand command) {
        String current = AccountParent.of(client, accountId, "it will be tried again");
        if (!current.equals(command.organizationalUnitId())) {
            String move = "move account " + accountId + " to " + command.organizationalUnitId();
            VendingErrors.call(OrganizationsErrors.SERVICE, move, OrganizationsErrors.translator(move), () -> {
                try {
                    return client.moveAccount(r -> r.accountId(accountId).sourceParentId(current)
                            .destinationParentId(command.organizationalUnitId()));
                } catch (DuplicateAccountException alreadyThere) {
                    return null; // moved meanwhile (an earlier attempt): where it should be
                }
            });
        }
        if (!command.tags().isEmpty()) {
            String tag = "tag account " + accountId;
            VendingErrors.call(OrganizationsErrors.SERVICE, tag, OrganizationsErrors.translator(tag),
                    () -> client.tagResource(r -> r.resourceId(accountId).tags(tags(command.tags()))));
        }
    }

    private static List<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build()).toList();
    }
}
