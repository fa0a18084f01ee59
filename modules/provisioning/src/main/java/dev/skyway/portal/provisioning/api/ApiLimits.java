package dev.skyway.portal.provisioning.api;

import java.util.List;

import dev.skyway.portal.provisioning.RequestValidationException;
import dev.skyway.portal.provisioning.RequestViolation;

/**
 * Length limits of free-text body fields that the facades would otherwise shorten or pass on to another module
 * (decision reasons, withdrawal reasons): checked at the API edge, before anything is recorded, as the same 400
 * problem+json that names each field ({@code errors[].field}, rule {@code MAX_LENGTH}).
 */
final class ApiLimits {

    private ApiLimits() {
    }

    /** @throws RequestValidationException when {@code value}, stripped as it is kept, is longer than {@code max} */
    static void maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RequestValidationException(List.of(new RequestViolation(field, "MAX_LENGTH",
                    "must be at most " + max + " characters")));
        }
    }
}
