package dev.skyway.portal.accounts.internal.aws;

import java.util.function.Supplier;

import dev.skyway.portal.accounts.internal.DirectoryException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;

/** AWS Organizations failures in the portal's words, with AWS's request id kept for support. */
final class AwsErrors {

    private AwsErrors() {
    }

    /** Runs one API call; {@code what} names what was asked for (e.g. "the account list"). */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsOrganizationsNotInUseException e) {
            throw new DirectoryException("The portal's AWS account is not in an organization (AWS Organizations is"
                    + " not in use); point the portal at the management or a delegated administrator account",
                    e.requestId(), e);
        } catch (AccessDeniedException e) {
            throw new DirectoryException("The portal's AWS role may not read " + what + " in AWS Organizations"
                    + " (it needs organizations:List* and ListTagsForResource, from the management account or a"
                    + " delegated administrator): " + message(e), e.requestId(), e);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.isThrottlingException()) {
                throw new DirectoryException("AWS Organizations kept throttling the portal while reading " + what
                        + " (all retries used); the next sync will try again", e.requestId(), e);
            }
            throw new DirectoryException("AWS Organizations failed while reading " + what + " ("
                    + (code == null ? "HTTP " + e.statusCode() : code) + "): " + message(e), e.requestId(), e);
        } catch (SdkClientException e) {
            throw new DirectoryException("Could not reach AWS Organizations while reading " + what + ": "
                    + e.getMessage(), null, e);
        }
    }

    private static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }
}
