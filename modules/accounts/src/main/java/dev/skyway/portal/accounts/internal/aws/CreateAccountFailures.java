package dev.skyway.portal.accounts.internal.aws;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.organizations.model.CreateAccountFailureReason;

/**
 * Every {@link CreateAccountFailureReason} of AWS SDK 2.40.2 in plain words, for the people who asked for the
 * account. A reason this SDK does not know gets generic words with AWS's code.
 */
final class CreateAccountFailures {

    private static final Map<CreateAccountFailureReason, String> WORDS = Map.ofEntries(
            Map.entry(CreateAccountFailureReason.ACCOUNT_LIMIT_EXCEEDED,
                    "The organization has reached its limit of AWS accounts; ask AWS Support for a higher quota"
                            + " or close unused accounts"),
            Map.entry(CreateAccountFailureReason.EMAIL_ALREADY_EXISTS,
                    "An AWS account with this email address already exists; choose another email address"),
            Map.entry(CreateAccountFailureReason.INVALID_ADDRESS,
                    "AWS found the address of the organization's management account invalid; fix it in the"
                            + " management account's billing settings"),
            Map.entry(CreateAccountFailureReason.INVALID_EMAIL,
                    "AWS refused the email address as invalid; check it for typos"),
            Map.entry(CreateAccountFailureReason.CONCURRENT_ACCOUNT_MODIFICATION,
                    "Another account operation was running in the organization at the same time; request the"
                            + " account again"),
            Map.entry(CreateAccountFailureReason.INTERNAL_FAILURE,
                    "AWS Organizations failed internally while creating the account; request it again, and"
                            + " contact AWS Support if it keeps failing"),
            Map.entry(CreateAccountFailureReason.GOVCLOUD_ACCOUNT_ALREADY_EXISTS,
                    "An AWS GovCloud (US) account already exists for this account"),
            Map.entry(CreateAccountFailureReason.MISSING_BUSINESS_VALIDATION,
                    "The management account has not completed AWS's business validation; finish it before"
                            + " creating accounts"),
            Map.entry(CreateAccountFailureReason.FAILED_BUSINESS_VALIDATION,
                    "The management account failed AWS's business validation; contact AWS Support"),
            Map.entry(CreateAccountFailureReason.PENDING_BUSINESS_VALIDATION,
                    "AWS is still validating the management account's business information; request the account"
                            + " again once the validation is complete"),
            Map.entry(CreateAccountFailureReason.INVALID_IDENTITY_FOR_BUSINESS_VALIDATION,
                    "AWS could not verify the identity given for the management account's business validation;"
                            + " correct it and try again"),
            Map.entry(CreateAccountFailureReason.UNKNOWN_BUSINESS_VALIDATION,
                    "AWS reported an unknown problem with the management account's business validation; contact"
                            + " AWS Support"),
            Map.entry(CreateAccountFailureReason.MISSING_PAYMENT_INSTRUMENT,
                    "The management account has no valid payment method; add one in its billing settings"),
            Map.entry(CreateAccountFailureReason.INVALID_PAYMENT_INSTRUMENT,
                    "The management account's payment method was refused; update it in its billing settings"),
            Map.entry(CreateAccountFailureReason.UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED,
                    "The organization's resource policy cannot be updated with the tags of this request; request"
                            + " the account without those tags or update the policy first"));

    private CreateAccountFailures() {
    }

    /** @param reason AWS's FailureReason as sent; absent when AWS gave no reason */
    static String words(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return "AWS Organizations could not create the account and gave no reason";
        }
        String words = WORDS.get(CreateAccountFailureReason.fromValue(reason));
        return words != null ? words
                : "AWS Organizations could not create the account (reason " + reason + ")";
    }

    /** Reasons this class has words for, for tests: all of the SDK's except UNKNOWN_TO_SDK_VERSION. */
    static boolean knows(CreateAccountFailureReason reason) {
        return WORDS.containsKey(reason);
    }
}
