package dev.skyway.portal.cost.internal.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChanges;

/**
 * Explains an anomaly by what the portal changed on its account shortly before: the changes from
 * {@code portal.cost.anomalies.change-window-days} (default 7) days before the anomaly's day through the end of that
 * day (UTC, as cost days are), newest first. A change on the day itself counts: a product provisioned in the morning
 * costs that day.
 */
@Component
public class AnomalyChanges {

    static final String WINDOW_SETTING = "portal.cost.anomalies.change-window-days";
    /** The most changes an anomaly lists: enough to explain it, not a change log. */
    static final int LIMIT = 20;
    static final int MAX_WINDOW_DAYS = 90;

    private final AccountChanges changes;
    private final int windowDays;

    /** @throws IllegalArgumentException when the window is not 1 to 90 days (the application does not start) */
    public AnomalyChanges(AccountChanges changes, @Value("${" + WINDOW_SETTING + ":7}") int windowDays) {
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException(WINDOW_SETTING + " must be between 1 and " + MAX_WINDOW_DAYS
                    + " days, not " + windowDays);
        }
        this.changes = changes;
        this.windowDays = windowDays;
    }

    /** How many days before an anomaly's day its changes are looked for. */
    public int windowDays() {
        return windowDays;
    }

    /** The anomaly with the portal's changes on its account in the window; as it is when it has no account. */
    public CostAnomaly explain(CostAnomaly anomaly) {
        String account = anomaly.accountId();
        if (account == null) {
            return anomaly;
        }
        LocalDate day = anomaly.date();
        Instant from = day.minusDays(windowDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return anomaly.withChanges(changes.on(account, from, to, LIMIT).stream().map(AnomalyChanges::change).toList());
    }

    public List<CostAnomaly> explain(List<CostAnomaly> anomalies) {
        return anomalies.stream().map(this::explain).toList();
    }

    private static CostAnomaly.Change change(AccountChange c) {
        return new CostAnomaly.Change(c.at(), c.kind(), c.title(), c.link(), c.actor());
    }
}
