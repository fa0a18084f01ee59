package dev.skyway.portal.accounts.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skyway.portal.accounts.AccountRequestViolation;

/** The request form's tags box: one {@code key=value} per line. */
final class TagLines {

    private TagLines() {
    }

    /** The well-formed lines as tags, in order; the others are reported by {@link #problems}. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** A violation of field {@code tags} for each non-blank line that is not {@code key=value}. */
    static List<AccountRequestViolation> problems(String text) {
        List<AccountRequestViolation> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && line.indexOf('=') <= 0) {
                out.add(new AccountRequestViolation("tags", "FORMAT", "write each tag as key=value: '"
                        + line.strip() + "'"));
            }
        }
        return out;
    }
}
