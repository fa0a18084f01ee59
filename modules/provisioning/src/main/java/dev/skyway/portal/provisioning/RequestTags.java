package dev.skyway.portal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The tag rules of a product request: each of the product's TagOption keys is required and takes one of its allowed
 * values; free tags follow the AWS tag rules (key 1-{@value #MAX_KEY} characters, value 0-{@value #MAX_VALUE},
 * letters, digits, spaces and {@code _ . : / = + - @}, no {@code aws:} prefix) and the portal's own ({@code skyway:}
 * is reserved for the tags the portal adds). AWS allows {@value #AWS_MAX_TAGS} tags on a provisioned product and the
 * portal adds up to {@value #PORTAL_TAGS} of its own ({@code skyway:request}, {@code skyway:environment},
 * {@code skyway:account}, {@code cost-center}), so a request carries at most {@value #MAX_TAGS}: more would pass
 * here and fail at provisioning.
 *
 * <p>Violations are named {@code tags.<key>} (or {@code tags} for the whole set) with the rules {@code REQUIRED},
 * {@code ALLOWED_VALUES}, {@code MAX_LENGTH}, {@code ALLOWED_PATTERN}, {@code RESERVED_PREFIX} and {@code MAX_COUNT}.
 */
public final class RequestTags {

    public static final int AWS_MAX_TAGS = 50;
    public static final int PORTAL_TAGS = 4;
    public static final int MAX_TAGS = AWS_MAX_TAGS - PORTAL_TAGS;
    public static final int MAX_KEY = 128;
    public static final int MAX_VALUE = 256;
    public static final String FIELD = "tags";
    public static final String PREFIX = FIELD + ".";
    /** AWS's tag character set (letters and digits of any language, spaces, and _ . : / = + - @). */
    private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final List<String> RESERVED = List.of("aws:", "skyway:");

    private RequestTags() {
    }

    /**
     * @param tagOptions the product's TagOptions (key -> allowed values)
     * @param tags       what the requester gave; absent when there are no tags
     * @return the violations in key order of the TagOptions, then of the free tags; empty when all is well
     */
    public static List<RequestViolation> check(Map<String, List<String>> tagOptions,
                                               @Nullable Map<String, String> tags) {
        Map<String, String> given = tags == null ? Map.of() : tags;
        List<RequestViolation> out = new ArrayList<>();
        tagOptions.forEach((key, allowed) -> {
            String value = given.get(key);
            if (value == null || value.isBlank()) {
                out.add(new RequestViolation(PREFIX + key, "REQUIRED", "is required: choose one of "
                        + String.join(", ", allowed)));
            } else if (!allowed.contains(value)) {
                out.add(new RequestViolation(PREFIX + key, "ALLOWED_VALUES", "must be one of: "
                        + String.join(", ", allowed)));
            }
        });
        given.forEach((key, value) -> {
            if (key == null || !tagOptions.containsKey(key)) {
                free(key, value, out);
            }
        });
        if (given.size() > MAX_TAGS) {
            out.add(new RequestViolation(FIELD, "MAX_COUNT", "at most " + MAX_TAGS + " tags, not " + given.size()
                    + " (AWS allows " + AWS_MAX_TAGS + "; the portal adds " + PORTAL_TAGS + " of its own)"));
        }
        return out;
    }

    private static void free(String key, String value, List<RequestViolation> out) {
        String field = PREFIX + key;
        if (key == null || key.isBlank()) {
            out.add(new RequestViolation(FIELD, "REQUIRED", "a tag key is required for every tag"));
            return;
        }
        if (key.length() > MAX_KEY) {
            out.add(new RequestViolation(field, "MAX_LENGTH", "the key must be at most " + MAX_KEY + " characters"));
        } else if (!CHARACTERS.matcher(key).matches()) {
            out.add(new RequestViolation(field, "ALLOWED_PATTERN", "the key may only hold letters, digits, spaces "
                    + "and _ . : / = + - @"));
        }
        String lower = key.toLowerCase(Locale.ROOT);
        RESERVED.stream().filter(lower::startsWith).findFirst().ifPresent(prefix -> out.add(new RequestViolation(
                field, "RESERVED_PREFIX", "the key must not start with \"" + prefix + "\" (reserved)")));
        if (value == null) {
            out.add(new RequestViolation(field, "REQUIRED", "needs a value (it may be empty)"));
        } else if (value.length() > MAX_VALUE) {
            out.add(new RequestViolation(field, "MAX_LENGTH", "the value must be at most " + MAX_VALUE
                    + " characters"));
        } else if (!CHARACTERS.matcher(value).matches()) {
            out.add(new RequestViolation(field, "ALLOWED_PATTERN", "the value may only hold letters, digits, "
                    + "spaces and _ . : / = + - @"));
        }
    }
}
