package dev.skyway.portal.compliance.internal.waivers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.NewWaiver;

/** What a waiver request must be: each wrong field named with what it must be. */
public final class WaiverRules {

    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final int MAX_TEXT = 4000;

    private WaiverRules() {
    }

    /** @return field → problem; empty when the request is fine */
    public static Map<String, String> check(NewWaiver w, LocalDate today, int maxDays) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(w.accountId())) {
            problems.put("accountId", "is required");
        } else if (!ACCOUNT_ID.matcher(w.accountId().strip()).matches()) {
            problems.put("accountId", "must be a 12-digit AWS account id");
        }
        text(problems, "controlId", w.controlId(), true, 255);
        text(problems, "resourceId", w.resourceId(), false, 2048);
        text(problems, "reason", w.reason(), true, MAX_TEXT);
        text(problems, "compensatingControl", w.compensatingControl(), false, MAX_TEXT);
        expiry(problems, "expiresOn", w.expiresOn(), today, maxDays);
        return problems;
    }

    static void expiry(Map<String, String> problems, String field, @Nullable LocalDate date, LocalDate today,
                       int maxDays) {
        LocalDate last = today.plusDays(maxDays);
        if (date == null) {
            problems.put(field, "is required (a date, e.g. " + last + ")");
        } else if (!date.isAfter(today)) {
            problems.put(field, "must be after today (" + today + ")");
        } else if (date.isAfter(last)) {
            problems.put(field, "must be at most " + maxDays + " days ahead (by " + last + "), as the policy "
                    + "allows");
        }
    }

    static void text(Map<String, String> problems, String field, @Nullable String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                problems.put(field, "is required");
            }
        } else if (value.strip().length() > max) {
            problems.put(field, "must be at most " + max + " characters");
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** The value stripped; absent when blank. */
    static @Nullable String stripped(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
