package dev.skyway.portal.incidents.internal.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.NewIncident;
import dev.skyway.portal.incidents.Severity;

/** The rules a declared incident's fields must meet, each broken one named. */
public final class NewIncidentCheck {

    static final int MAX_TITLE = 255;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_ACCOUNTS = 100;

    private NewIncidentCheck() {
    }

    /** A declaration that passed. */
    public record Checked(String title, @Nullable String summary, Severity severity, List<String> accountIds,
                          IncidentStatus start, @Nullable Instant impactStartedAt) {
    }

    /** @throws IncidentsValidationException naming each field's problem */
    public static Checked check(NewIncident declared, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = declared.title() == null ? "" : declared.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.put("title", "must have 1 to " + MAX_TITLE + " characters");
        }
        Severity severity = Severity.parse(declared.severity()).orElse(null);
        if (severity == null) {
            problems.put("severity", "must be one of SEV1, SEV2, SEV3, SEV4");
        }
        String summary = declared.summary() == null || declared.summary().isBlank() ? null : declared.summary().strip();
        if (summary != null && summary.length() > MAX_SUMMARY) {
            problems.put("summary", "must have at most " + MAX_SUMMARY + " characters");
        }
        List<String> accounts = accounts(declared.accountIds(), problems);
        IncidentStatus start = start(declared.status(), problems);
        if (declared.impactStartedAt() != null && declared.impactStartedAt().isAfter(now)) {
            problems.put("impactStartedAt", "must not be in the future");
        }
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        return new Checked(title, summary, severity, accounts, start, declared.impactStartedAt());
    }

    private static List<String> accounts(@Nullable List<String> accountIds, Map<String, String> problems) {
        Set<String> accounts = new LinkedHashSet<>();
        for (String account : accountIds == null ? List.<String>of() : accountIds) {
            if (account == null || !account.strip().matches("\\d{12}")) {
                problems.put("accountIds", "each must be an AWS account id of 12 digits");
                return List.of();
            }
            accounts.add(account.strip());
        }
        if (accounts.size() > MAX_ACCOUNTS) {
            problems.put("accountIds", "at most " + MAX_ACCOUNTS + " accounts");
        }
        return new ArrayList<>(accounts);
    }

    private static IncidentStatus start(@Nullable String status, Map<String, String> problems) {
        if (status == null || status.isBlank() || "TRIGGERED".equalsIgnoreCase(status.strip())) {
            return IncidentStatus.TRIGGERED;
        }
        if ("ACKNOWLEDGED".equalsIgnoreCase(status.strip())) {
            return IncidentStatus.ACKNOWLEDGED;
        }
        problems.put("status", "a declared incident starts TRIGGERED or ACKNOWLEDGED");
        return IncidentStatus.TRIGGERED;
    }
}
