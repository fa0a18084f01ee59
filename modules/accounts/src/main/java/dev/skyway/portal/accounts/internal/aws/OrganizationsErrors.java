package dev.skyway.portal.accounts.internal.aws;

import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsFailure;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.organizations.model.AccountOwnerNotVerifiedException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.ConcurrentModificationException;
import software.amazon.awssdk.services.organizations.model.ConflictException;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationExceptionReason;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatusNotFoundException;
import software.amazon.awssdk.services.organizations.model.DestinationParentNotFoundException;
import software.amazon.awssdk.services.organizations.model.DuplicateAccountException;
import software.amazon.awssdk.services.organizations.model.FinalizingOrganizationException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.SourceParentNotFoundException;

/**
 * AWS Organizations' vending and closing errors that need more than the platform's words (request id kept):
 * throttling, internal errors and access denied are left to {@link VendingErrors#generic}.
 */
final class OrganizationsErrors {

    static final String SERVICE = "AWS Organizations";

    private OrganizationsErrors() {
    }

    /** @param what infinitive phrase, e.g. "create account payments-prod" */
    static VendingErrors.Translator translator(String what) {
        return e -> translate(what, e);
    }

    private static VendingException translate(String what, AwsFailure f) {
        return switch (f.exception()) {
            case ConcurrentModificationException c -> VendingErrors.words("Another change to the organization was"
                    + " running when the portal tried to " + what + "; it will be tried again", f, true);
            case ConstraintViolationException c -> constraint(what, c, f);
            case AwsOrganizationsNotInUseException n -> VendingErrors.words("The portal's AWS account is not in an"
                    + " organization (AWS Organizations is not in use); point the portal at the management account",
                    f, false);
            case DuplicateAccountException d -> VendingErrors.words("That account is already where the portal"
                    + " wanted to put it", f, false);
            case AccountNotFoundException a -> VendingErrors.words("AWS Organizations does not know the account"
                    + " (the portal tried to " + what + ")", f, false);
            case CreateAccountStatusNotFoundException c -> VendingErrors.words("AWS Organizations does not know"
                    + " this account creation request any more (the portal tried to " + what + ")", f, false);
            case SourceParentNotFoundException s -> VendingErrors.words("The account is no longer where AWS"
                    + " Organizations last placed it; the portal will look again", f, true);
            case DestinationParentNotFoundException d -> VendingErrors.words("The organizational unit the account"
                    + " should go to does not exist (any more); choose another one", f, false);
            case AccountOwnerNotVerifiedException a -> VendingErrors.words("The management account's owner has not"
                    + " verified their email address with AWS; verify it before creating accounts", f, false);
            case FinalizingOrganizationException z -> VendingErrors.words("AWS is still setting up the"
                    + " organization; try again in an hour", f, true);
            case ConflictException c -> VendingErrors.words("AWS Organizations reported a conflicting change"
                    + " while the portal tried to " + what + "; it will be tried again", f, true);
            case InvalidInputException i -> VendingErrors.words("AWS Organizations refused the input when the"
                    + " portal tried to " + what + " (" + i.reasonAsString() + ")", f, false);
            default -> null;
        };
    }

    private static VendingException constraint(String what, ConstraintViolationException e, AwsFailure f) {
        ConstraintViolationExceptionReason reason = e.reason();
        String words = switch (reason == null ? ConstraintViolationExceptionReason.UNKNOWN_TO_SDK_VERSION : reason) {
            case ACCOUNT_NUMBER_LIMIT_EXCEEDED -> "The organization has reached its limit of AWS accounts; ask AWS"
                    + " Support for a higher quota or close unused accounts";
            case ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED -> "The organization has created as many accounts as AWS"
                    + " allows in one day; it will be tried again later";
            case ACCOUNT_CREATION_NOT_COMPLETE -> "The account is still being set up by AWS; it will be tried again";
            case CLOSE_ACCOUNT_QUOTA_EXCEEDED -> "The organization has already closed as many accounts as AWS"
                    + " allows in 30 days (10% of its member accounts); try again later or ask AWS Support";
            case CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED -> "Too many accounts are being closed at the same time;"
                    + " it will be tried again later";
            case CANNOT_CLOSE_MANAGEMENT_ACCOUNT -> "The organization's management account cannot be closed"
                    + " through the portal";
            case MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED, MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED,
                 INVALID_PAYMENT_INSTRUMENT -> "The management account has no valid payment method; add one in its"
                    + " billing settings";
            case MASTER_ACCOUNT_MISSING_CONTACT_INFO -> "The management account's contact information is"
                    + " incomplete; complete it in its account settings";
            case MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE -> "The management account's address does not"
                    + " match its AWS marketplace; fix the address";
            case MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE -> "The management account has no business license on"
                    + " file with AWS (required in its country)";
            case ORGANIZATION_NOT_IN_ALL_FEATURES_MODE -> "The organization does not have all features enabled;"
                    + " enable them in AWS Organizations";
            case MAX_TAG_LIMIT_EXCEEDED -> "Too many tags for one account (AWS allows 50); remove some";
            case TAG_POLICY_VIOLATION -> "The tags break the organization's tag policy; fix the tag keys or values";
            case WAIT_PERIOD_ACTIVE -> "AWS does not allow this yet for a newly created account; it will be"
                    + " tried again later";
            case SERVICE_ACCESS_NOT_ENABLED -> "Trusted access for the needed AWS service is not enabled in the"
                    + " organization";
            default -> "AWS Organizations refused to " + what + " because a limit or rule of the organization"
                    + " does not allow it (" + e.reasonAsString() + ")";
        };
        boolean retryable = reason == ConstraintViolationExceptionReason.ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED
                || reason == ConstraintViolationExceptionReason.ACCOUNT_CREATION_NOT_COMPLETE
                || reason == ConstraintViolationExceptionReason.CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED
                || reason == ConstraintViolationExceptionReason.WAIT_PERIOD_ACTIVE;
        return new VendingException(words + " (AWS says: " + f.detail() + ")",
                e.reasonAsString() == null ? f.errorCode() : e.reasonAsString(), f.requestId(), retryable, e);
    }
}
