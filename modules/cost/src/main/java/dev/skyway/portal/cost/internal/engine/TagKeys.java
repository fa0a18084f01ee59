package dev.skyway.portal.cost.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tag keys that carry a line item's team, cost center and portal request id. AWS writes user tags with a
 * {@code user:} prefix in some exports and without it in others; both spellings are read.
 */
public record TagKeys(List<String> team, List<String> costCenter, String request) {

    private static final Pattern SAFE_KEY = Pattern.compile("[\\w:./=+@ -]{1,128}");

    /** A DuckDB expression: the first non-blank value of these keys in the line's {@code tag_map}, or null. */
    static String firstValue(List<String> keys) {
        List<String> lookups = new ArrayList<>();
        for (String key : keys) {
            if (!SAFE_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("tag key '" + key + "' has characters the portal does not read");
            }
            for (String spelling : key.startsWith("user:") ? List.of(key) : List.of(key, "user:" + key)) {
                lookups.add("NULLIF(tag_map['" + DuckDb.quote(spelling) + "'], '')");
            }
        }
        return lookups.isEmpty() ? "CAST(NULL AS VARCHAR)" : "COALESCE(" + String.join(", ", lookups) + ")";
    }
}
