package dev.skyway.portal.accounts.internal.requests;

import java.util.Map;

/** The vendors' failure reason codes in plain words (AWS Organizations' CreateAccountStatus reasons and ours). */
final class FailureReasons {

    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("EMAIL_ALREADY_EXISTS", "An AWS account with this email address already exists (perhaps in "
                    + "another organization). Request again with another email address."),
            Map.entry("ACCOUNT_LIMIT_EXCEEDED", "The organization has reached its account quota. Ask a platform "
                    + "admin to raise the AWS Organizations account limit, then request again."),
            Map.entry("CONCURRENT_ACCOUNT_MODIFICATION", "AWS was changing the organization at the same time. "
                    + "Request again in a few minutes."),
            Map.entry("INVALID_ADDRESS", "AWS refused the contact address of the management account."),
            Map.entry("INVALID_EMAIL", "AWS refused the account email address as invalid."),
            Map.entry("INTERNAL_FAILURE", "AWS could not create the account because of an internal error. "
                    + "Request again; if it keeps failing, open an AWS support case."),
            Map.entry("MISSING_BUSINESS_VALIDATION", "The management account is still being validated by AWS."),
            Map.entry("MISSING_PAYMENT_INSTRUMENT", "The management account has no valid payment method."),
            Map.entry("FAILED_BUSINESS_VALIDATION", "AWS could not validate the management account's business "
                    + "information."),
            Map.entry("PENDING_BUSINESS_VALIDATION", "AWS is still validating the management account's business "
                    + "information; try again later."),
            Map.entry("START_UNCONFIRMED", "The portal asked AWS to create the account but could not confirm that "
                    + "it started, and it never sends the creation twice. A platform operator must check the "
                    + "organization for the account before anyone requests it again."),
            Map.entry("START_AMBIGUOUS", "The portal asked AWS to create the account but lost the answer, and more "
                    + "than one account could be the one it made. A platform operator must decide; the portal "
                    + "neither adopts one nor creates another."));

    private FailureReasons() {
    }

    /** Plain words for the code, else the vendor's own message, else a generic sentence. */
    static String plain(String code, String vendorMessage) {
        String known = code == null ? null : PLAIN.get(code);
        if (known != null) {
            return known;
        }
        if (vendorMessage != null && !vendorMessage.isBlank()) {
            return vendorMessage;
        }
        return code == null ? "The account could not be created." : "The account could not be created (" + code + ").";
    }
}
