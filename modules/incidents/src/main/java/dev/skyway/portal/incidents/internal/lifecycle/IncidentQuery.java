package dev.skyway.portal.incidents.internal.lifecycle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.IncidentFilter;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Severity;

/**
 * A checked {@link IncidentFilter}: what the store filters and sorts by.
 *
 * @param statuses empty: any status
 * @param number   set when the search text is a reference ({@code INC-42} or {@code 42})
 * @param text     lower-case words of the title, when the search is not a reference
 */
public record IncidentQuery(Set<IncidentStatus> statuses, @Nullable Severity severity, @Nullable String accountId,
                            @Nullable Long number, @Nullable String text, Sort sort) {

    /** The orders a list can be in. */
    public enum Sort { OPEN, NEWEST, OLDEST, SEVERITY }

    static final Set<IncidentStatus> OPEN = Set.of(IncidentStatus.TRIGGERED, IncidentStatus.ACKNOWLEDGED,
            IncidentStatus.MITIGATED);
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:INC-?)?(\\d{1,18})");

    /** @throws IncidentsValidationException naming each parameter's problem */
    public static IncidentQuery of(IncidentFilter filter) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<IncidentStatus> statuses = statuses(filter.status(), problems);
        Severity severity = null;
        if (present(filter.severity())) {
            severity = Severity.parse(filter.severity()).orElse(null);
            if (severity == null) {
                problems.put("severity", "must be one of SEV1, SEV2, SEV3, SEV4");
            }
        }
        String account = present(filter.accountId()) ? filter.accountId().strip() : null;
        if (account != null && !account.matches("\\d{12}")) {
            problems.put("accountId", "must be an AWS account id of 12 digits");
        }
        Sort sort = Sort.OPEN;
        if (present(filter.sort())) {
            try {
                sort = Sort.valueOf(filter.sort().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.put("sort", "must be one of open, newest, oldest, severity");
            }
        }
        String q = present(filter.q()) ? filter.q().strip() : null;
        if (q != null && q.length() > 255) {
            problems.put("q", "must have at most 255 characters");
        }
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        Matcher reference = q == null ? null : REFERENCE.matcher(q);
        boolean byNumber = reference != null && reference.matches();
        return new IncidentQuery(statuses, severity, account, byNumber ? Long.valueOf(reference.group(1)) : null,
                q == null || byNumber ? null : q.toLowerCase(Locale.ROOT), sort);
    }

    private static Set<IncidentStatus> statuses(@Nullable String status, Map<String, String> problems) {
        if (!present(status)) {
            return Set.of();
        }
        String wanted = status.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals("OPEN")) {
            return OPEN;
        }
        try {
            return Set.of(IncidentStatus.valueOf(wanted));
        } catch (IllegalArgumentException e) {
            problems.put("status", "must be OPEN or one of TRIGGERED, ACKNOWLEDGED, MITIGATED, RESOLVED, CLOSED");
            return Set.of();
        }
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
