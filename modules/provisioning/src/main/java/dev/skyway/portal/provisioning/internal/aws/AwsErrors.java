package dev.skyway.portal.provisioning.internal.aws;

import java.util.function.Supplier;

import dev.skyway.portal.provisioning.internal.ProvisioningException;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.servicecatalog.model.InvalidParametersException;
import software.amazon.awssdk.services.servicecatalog.model.ResourceNotFoundException;

/** Service Catalog failures while provisioning, in the portal's words. */
final class AwsErrors {

    private AwsErrors() {
    }

    /** Runs one API call; {@code what} names what was asked for (e.g. "product prod-abc"). */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceNotFoundException e) {
            throw new ProvisioningException("Service Catalog does not know " + what
                    + " (deleted, or not visible to the portal's role)", e);
        } catch (InvalidParametersException e) {
            throw new ProvisioningException("Service Catalog refused the request for " + what + " as invalid: "
                    + message(e), e);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.isThrottlingException()) {
                throw new ProvisioningException("AWS kept throttling the portal while working on " + what
                        + " (all retries used); the next sync will try again", e);
            }
            if (code != null && code.startsWith("AccessDenied")) {
                throw new ProvisioningException("The portal's AWS role may not read " + what
                        + " in Service Catalog: " + message(e), e);
            }
            throw new ProvisioningException("Service Catalog failed while working on " + what + " ("
                    + (code == null ? "HTTP " + e.statusCode() : code) + "): " + message(e), e);
        } catch (SdkClientException e) {
            throw new ProvisioningException("Could not reach Service Catalog while working on " + what + ": "
                    + e.getMessage(), e);
        }
    }

    private static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }
}
