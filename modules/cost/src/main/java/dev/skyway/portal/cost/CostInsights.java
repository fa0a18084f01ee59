package dev.skyway.portal.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.cost.internal.insights.Insights;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * The cost overview, forecasts and anomalies, for what the caller may see (see {@link CostReports}). Read from the
 * rollups only; nothing here calls AWS.
 */
@Service
public class CostInsights {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final Insights insights;
    private final CostReports reports;
    private final CurrentUser currentUser;

    CostInsights(Insights insights, CostReports reports, CurrentUser currentUser) {
        this.insights = insights;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @PreAuthorize(READERS)
    public CostOverview overview(CostMetric metric) {
        CostReports.Visibility v = reports.visibility();
        return insights.overview(metric, v.teams(), v.scope());
    }

    /** @param days 1 to 92 */
    @PreAuthorize(READERS)
    public CostForecast forecast(CostMetric metric, int days) {
        if (days < 1 || days > 92) {
            throw new InvalidCostQueryException(java.util.Map.of("days", "must be between 1 and 92"),
                    "days must be between 1 and 92");
        }
        CostReports.Visibility v = reports.visibility();
        return insights.forecast(metric, days, v.teams(), v.scope());
    }

    /**
     * Anomalies with a day in [start, end), largest impact first, each with the portal's changes on its account from
     * {@link #changeWindowDays()} days before its day through that day.
     */
    @PreAuthorize(READERS)
    public List<CostAnomaly> anomalies(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            throw new InvalidCostQueryException(java.util.Map.of("end", "must be after start"),
                    "end must be after start");
        }
        CostReports.Visibility v = reports.visibility();
        return insights.anomalies(start, end, v.teams());
    }

    /** How many days before an anomaly's day its account's changes are listed ({@link CostAnomaly#changes()}). */
    @PreAuthorize(READERS)
    public int changeWindowDays() {
        return insights.changeWindowDays();
    }

    /** Records what the anomaly was: {@code EXPECTED}, {@code UNEXPECTED} or {@code PLANNED}. */
    @PreAuthorize(READERS)
    public CostAnomaly feedback(UUID anomalyId, String feedback) {
        if (!CostAnomaly.FEEDBACK.contains(feedback)) {
            throw new InvalidCostQueryException(java.util.Map.of("feedback", "must be one of "
                    + String.join(", ", CostAnomaly.FEEDBACK)), "feedback must be one of "
                    + String.join(", ", CostAnomaly.FEEDBACK));
        }
        CostReports.Visibility v = reports.visibility();
        return insights.feedback(anomalyId, feedback, v.teams(), currentUser.get().username());
    }
}
