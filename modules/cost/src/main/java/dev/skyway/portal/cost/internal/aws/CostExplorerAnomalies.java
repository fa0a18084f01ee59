package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.Anomaly;
import software.amazon.awssdk.services.costexplorer.model.AnomalyDateInterval;
import software.amazon.awssdk.services.costexplorer.model.AnomalyFeedbackType;
import software.amazon.awssdk.services.costexplorer.model.GetAnomaliesResponse;
import software.amazon.awssdk.services.costexplorer.model.Impact;
import software.amazon.awssdk.services.costexplorer.model.RootCause;

/**
 * AWS Cost Anomaly Detection: the anomalies its monitors found ({@code GetAnomalies}, every page a paid request),
 * and the portal users' feedback sent back to it ({@code ProvideAnomalyFeedback}), so its models learn.
 */
public class CostExplorerAnomalies {

    private final CostExplorerClient client;
    private final CeRequests requests;

    public CostExplorerAnomalies(CostExplorerClient client, CeRequests requests) {
        this.client = client;
        this.requests = requests;
    }

    /**
     * Anomalies detected from {@code start} to {@code end} (inclusive, as Cost Anomaly Detection reads its interval;
     * it keeps 90 days).
     *
     * @throws CeBudgetExhaustedException when the budget has no room for the next page
     * @throws AwsCallException           when Cost Explorer refuses or keeps throttling
     */
    public List<CeAnomaly> anomalies(LocalDate start, LocalDate end) {
        AwsCall call = AwsCall.to(CeRequests.SERVICE, "read the cost anomalies from " + start + " to " + end)
                .withRetryNote("the next scheduled check will try again")
                .withPermissions("ce:GetAnomalies");
        AnomalyDateInterval interval = AnomalyDateInterval.builder()
                .startDate(start.toString()).endDate(end.toString()).build();
        return requests.pages("GetAnomalies", call,
                        token -> client.getAnomalies(r -> r.dateInterval(interval).nextPageToken(token)
                                .overrideConfiguration(CeRequests.ONE_ATTEMPT)),
                        GetAnomaliesResponse::nextPageToken)
                .stream().flatMap(page -> page.anomalies().stream()).map(CostExplorerAnomalies::anomaly).toList();
    }

    /**
     * Tells Cost Anomaly Detection whether an anomaly was one.
     *
     * @param feedback {@code YES} (an anomaly), {@code NO} (not one) or {@code PLANNED_ACTIVITY}
     * @throws IllegalArgumentException for any other feedback
     */
    public void feedback(String anomalyId, String feedback) {
        AnomalyFeedbackType type = AnomalyFeedbackType.fromValue(feedback);
        if (type == null || type == AnomalyFeedbackType.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("Anomaly feedback is YES, NO or PLANNED_ACTIVITY, not " + feedback);
        }
        AwsCall call = AwsCall.to(CeRequests.SERVICE, "record feedback " + type + " on anomaly " + anomalyId)
                .withRetryNote("try again in a moment")
                .withPermissions("ce:ProvideAnomalyFeedback");
        requests.send("ProvideAnomalyFeedback", call, () -> client.provideAnomalyFeedback(r -> r
                .anomalyId(anomalyId).feedback(type).overrideConfiguration(CeRequests.ONE_ATTEMPT)));
    }

    private static CeAnomaly anomaly(Anomaly a) {
        Impact impact = a.impact();
        return new CeAnomaly(a.anomalyId(), date(a.anomalyStartDate()),
                a.anomalyEndDate() == null || a.anomalyEndDate().isBlank() ? null : date(a.anomalyEndDate()),
                a.dimensionValue() == null ? "" : a.dimensionValue(),
                money(impact == null ? null : impact.totalExpectedSpend()),
                money(impact == null ? null : impact.totalActualSpend()),
                money(impact == null ? null : impact.totalImpact()),
                a.anomalyScore() == null || a.anomalyScore().maxScore() == null ? 0 : a.anomalyScore().maxScore(),
                a.rootCauses().stream().map(CostExplorerAnomalies::rootCause).toList(),
                a.feedback() == null ? null : a.feedbackAsString());
    }

    private static CeRootCause rootCause(RootCause cause) {
        return new CeRootCause(cause.service(), cause.region(), cause.linkedAccount(), cause.usageType());
    }

    /** Cost Anomaly Detection writes {@code 2026-05-25} or {@code 2026-05-25T00:00:00Z}. */
    private static LocalDate date(String value) {
        return LocalDate.parse(value.substring(0, 10));
    }

    private static BigDecimal money(@Nullable Double value) {
        return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
    }
}
