package dev.skyway.portal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ParameterValidator;

/**
 * The storage limits of parameter values, whatever the template says: a template without {@code MaxLength} must not
 * let a value reach the database only to fail there (a 500 and, in a listener, a request stuck half-way).
 * Template rules ({@link ParameterValidator}) come first; these only add what the columns cannot hold.
 */
final class ParameterLengths {

    /** {@code provisioning.request_parameter.param_value}. */
    static final int MAX_VALUE = 4000;
    /** A NoEcho value is kept encrypted and Base64-encoded in 8000 characters: 1000 characters fit in any script. */
    static final int MAX_SECRET = 1000;
    /** {@code provisioning.product_request.provisioned_name}: the first name-like value becomes the product's name. */
    static final int MAX_NAME = 128;

    private ParameterLengths() {
    }

    static List<RequestViolation> check(List<ParameterDescriptor> parameters, Map<String, String> values) {
        List<RequestViolation> out = new ArrayList<>();
        boolean named = false;
        for (ParameterDescriptor p : parameters) {
            String value = values.get(p.key());
            if (value == null || value.isEmpty()) {
                continue;
            }
            RequestViolation stored = ofValue(p, value);
            if (stored != null) {
                out.add(stored);
            } else if (!named && !p.noEcho() && RequestInputs.NAME_KEY.matcher(p.key()).matches()
                    && !value.isBlank()) {
                named = true;
                if (value.length() > MAX_NAME && !(p.maxLength() != null && p.maxLength() <= MAX_NAME)) {
                    out.add(tooLong(p.key(), MAX_NAME, " (it becomes the provisioned product's name)"));
                }
            }
        }
        return out;
    }

    /** The violation of one value that does not fit its column; absent when it fits (or the template says less). */
    static @Nullable RequestViolation ofValue(ParameterDescriptor p, String value) {
        int max = p.noEcho() ? MAX_SECRET : MAX_VALUE;
        boolean templateSaysLess = p.maxLength() != null && p.maxLength() <= max;
        return value != null && value.length() > max && !templateSaysLess ? tooLong(p.key(), max, "") : null;
    }

    private static RequestViolation tooLong(String key, int max, String why) {
        return new RequestViolation(RequestViolation.PARAMETER_PREFIX + key, "MAX_LENGTH",
                "must be at most " + max + " characters" + why);
    }
}
