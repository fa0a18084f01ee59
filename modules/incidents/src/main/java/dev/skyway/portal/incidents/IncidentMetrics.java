package dev.skyway.portal.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.incidents.internal.metrics.MetricsGroups;
import dev.skyway.portal.incidents.internal.metrics.MetricsMath;
import dev.skyway.portal.incidents.internal.metrics.MetricsQuery;

/**
 * Incident metrics for everyone signed in: MTTD, MTTA, MTTM and MTTR of the incidents detected in a range of UTC
 * days, per severity, team and month, the weekly count trend and the open action items.
 */
@Service
public class IncidentMetrics {

    /** The range when none is given: the last 90 days, today included. */
    public static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 3 * 366;

    private final MetricsQuery query;
    private final AccountOwnership ownership;
    private final Clock clock;

    IncidentMetrics(MetricsQuery query, AccountOwnership ownership, Clock clock) {
        this.query = query;
        this.ownership = ownership;
        this.clock = clock;
    }

    /**
     * @param from first day ({@code YYYY-MM-DD}); default 90 days before {@code to}
     * @param to   the day after the last ({@code to} is exclusive); default tomorrow
     * @throws IncidentsValidationException naming each bad parameter
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public MetricsReport report(@Nullable String from, @Nullable String to) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate end = date("to", to, problems);
        LocalDate start = date("from", from, problems);
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        end = end != null ? end : today().plusDays(1);
        start = start != null ? start : end.minusDays(DEFAULT_DAYS);
        if (!start.isBefore(end)) {
            throw new IncidentsValidationException(Map.of("to", "must be after from"));
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw new IncidentsValidationException(Map.of("from", "the range may span at most " + MAX_DAYS
                    + " days"));
        }
        return report(start, end);
    }

    private MetricsReport report(LocalDate from, LocalDate to) {
        Map<String, String> teams = new HashMap<>();
        for (Account account : ownership.accounts()) {
            if (account.ownerTeam() != null) {
                teams.put(account.id(), account.ownerTeam());
            }
        }
        MetricsGroups groups = query.groups(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant(), teams::get);
        Map<String, Integer> items = query.openActionItems(today());
        return MetricsMath.report(from, to, groups, items.get("open"), items.get("overdue"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static @Nullable LocalDate date(String name, @Nullable String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, "must be a date as YYYY-MM-DD");
            return null;
        }
    }
}
