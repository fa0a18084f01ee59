package dev.skyway.portal.catalog.internal.aws;

import java.util.function.Supplier;

import dev.skyway.portal.catalog.internal.CatalogSourceException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.servicecatalog.model.InvalidParametersException;
import software.amazon.awssdk.services.servicecatalog.model.ResourceNotFoundException;

/** Service Catalog failures in the portal's words, with AWS's request id kept for support. */
final class AwsErrors {

    private AwsErrors() {
    }

    /** Runs one API call; {@code what} names what was asked for (e.g. "product prod-abc"). */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceNotFoundException e) {
            throw new CatalogSourceException("Service Catalog does not know " + what
                    + " (deleted, or not visible to the portal's role)", e.requestId(), e);
        } catch (InvalidParametersException e) {
            throw new CatalogSourceException("Service Catalog refused the request for " + what + " as invalid: "
                    + message(e), e.requestId(), e);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.isThrottlingException()) {
                throw new CatalogSourceException("AWS kept throttling the portal while reading " + what
                        + " (all retries used); the next sync will try again", e.requestId(), e);
            }
            if (code != null && code.startsWith("AccessDenied")) {
                throw new CatalogSourceException("The portal's AWS role may not read " + what
                        + " in Service Catalog: " + message(e), e.requestId(), e);
            }
            throw new CatalogSourceException("Service Catalog failed while reading " + what + " ("
                    + (code == null ? "HTTP " + e.statusCode() : code) + "): " + message(e), e.requestId(), e);
        } catch (SdkClientException e) {
            throw new CatalogSourceException("Could not reach Service Catalog while reading " + what + ": "
                    + e.getMessage(), null, e);
        }
    }

    private static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }
}
