package dev.skyway.portal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * CloudFormation's parameter rules, applied on the server (and the same rules drive the form's hints): AllowedValues,
 * AllowedPattern (the whole value must match, as CloudFormation does), MinLength/MaxLength (in Unicode code points),
 * MinValue/MaxValue and numbers for Number types, per item for CommaDelimitedList and {@code List<...>} types, a value
 * for every parameter without a default, the shape of AWS-specific types ({@link AwsParameterType}: {@code vpc-...},
 * subnet and security group ids, AZ and key pair names, SSM parameter names), and no control characters anywhere. A missing or empty value of a parameter
 * with a default means "use the default" and is valid. Messages never echo a NoEcho value. Stateless and
 * thread-safe.
 */
public final class ParameterValidator {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

    /**
     * @param parameters the version's parameters
     * @param values     parameter key -> value as typed; a missing value counts as empty
     */
    public ParameterValidation validate(List<ParameterDescriptor> parameters,
                                        Map<String, ? extends @Nullable String> values) {
        List<ParameterViolation> violations = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (ParameterDescriptor parameter : parameters) {
            known.add(parameter.key());
            check(parameter, values.get(parameter.key()), violations);
        }
        values.keySet().stream().filter(key -> !known.contains(key)).sorted().forEach(key -> violations.add(
                new ParameterViolation(key, ParameterRule.UNKNOWN_PARAMETER, "is not a parameter of this product")));
        return new ParameterValidation(violations);
    }

    /** Violations of one value (absent or empty = not given). */
    public List<ParameterViolation> check(ParameterDescriptor parameter, @Nullable String value) {
        List<ParameterViolation> violations = new ArrayList<>();
        check(parameter, value, violations);
        return violations;
    }

    private void check(ParameterDescriptor p, @Nullable String value, List<ParameterViolation> out) {
        if (value == null || value.isEmpty()) {
            if (p.required()) {
                out.add(violation(p, ParameterRule.REQUIRED, "is required"));
            }
            return;
        }
        if (CONTROL.matcher(value).find()) {
            out.add(violation(p, ParameterRule.CONTROL_CHARACTERS, "must not contain control characters or line breaks"));
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (p.minLength() != null && length < p.minLength()) {
            out.add(violation(p, ParameterRule.MIN_LENGTH, "must be at least " + p.minLength() + " characters"));
        }
        if (p.maxLength() != null && length > p.maxLength()) {
            out.add(violation(p, ParameterRule.MAX_LENGTH, "must be at most " + p.maxLength() + " characters"));
        }
        List<String> items = p.list() ? List.of(value.split(",", -1)) : List.of(value);
        for (String raw : items) {
            String item = p.list() ? raw.strip() : raw;
            if (checkItem(p, item, out)) {
                return; // one message per rule kind is enough for a list
            }
        }
    }

    /** True when the item broke a rule (the caller stops at the first bad item). */
    private boolean checkItem(ParameterDescriptor p, String item, List<ParameterViolation> out) {
        String which = p.list() ? "every item " : "";
        int before = out.size();
        if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(item)) {
            out.add(violation(p, ParameterRule.ALLOWED_VALUES,
                    which + "must be one of: " + String.join(", ", p.allowedValues())));
        }
        if (p.allowedPattern() != null && !matchesWhole(p.allowedPattern(), item)) {
            out.add(violation(p, ParameterRule.ALLOWED_PATTERN, p.constraintDescription() != null
                    ? p.constraintDescription() : which + "must match the pattern " + p.allowedPattern()));
        }
        AwsParameterType aws = AwsParameterType.of(p.type()).orElse(null);
        if (aws != null && !aws.matches(item)) {
            out.add(violation(p, ParameterRule.AWS_TYPE, which + "must be " + aws.description()));
        }
        if (p.numeric()) {
            BigDecimal number = number(item);
            if (number == null) {
                out.add(violation(p, ParameterRule.NUMBER, which + "must be a number"));
            } else {
                if (p.minValue() != null && number.compareTo(p.minValue()) < 0) {
                    out.add(violation(p, ParameterRule.MIN_VALUE, which + "must be at least " + plain(p.minValue())));
                }
                if (p.maxValue() != null && number.compareTo(p.maxValue()) > 0) {
                    out.add(violation(p, ParameterRule.MAX_VALUE, which + "must be at most " + plain(p.maxValue())));
                }
            }
        }
        return out.size() > before;
    }

    private static boolean matchesWhole(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false; // a template with a broken pattern accepts nothing rather than everything
        }
    }

    /** A plain decimal number (CloudFormation accepts integers and decimals), if the value is one. */
    static @Nullable BigDecimal number(String value) {
        if (!value.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static ParameterViolation violation(ParameterDescriptor p, ParameterRule rule, String message) {
        return new ParameterViolation(p.key(), rule, message);
    }
}
