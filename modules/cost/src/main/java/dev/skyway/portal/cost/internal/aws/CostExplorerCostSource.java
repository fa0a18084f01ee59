package dev.skyway.portal.cost.internal.aws;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.engine.PeriodScope;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import dev.skyway.portal.cost.internal.engine.RollupRow;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinition;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;

/**
 * Daily cost from Cost Explorer ({@code GetCostAndUsage}), for organizations without Data Exports: one query grouped
 * by linked account × service (the rollup rows) and one by linked account × the team tag (the tag rows), each
 * followed page by page, every page a paid request (see {@link CeRequests}). The mapping to FOCUS is in
 * {@link CeCostRows}. The client must be built for {@code us-east-1}, Cost Explorer's only endpoint.
 */
public class CostExplorerCostSource {

    static final String OPERATION = "GetCostAndUsage";

    private final CostExplorerClient client;
    private final CeRequests requests;
    private final String teamTagKey;
    private final String billingAccountId;
    private final CeCostRows rows;
    private final Clock clock;

    /** @param billingAccountId the payer (management) account, every row's {@code BillingAccountId} */
    public CostExplorerCostSource(CostExplorerClient client, CeRequests requests, CostProperties properties,
                                  String billingAccountId, Clock clock) {
        this.client = client;
        this.requests = requests;
        this.teamTagKey = properties.costExplorer().teamTagKey();
        this.billingAccountId = billingAccountId;
        this.rows = new CeCostRows(billingAccountId);
        this.clock = clock;
    }

    /**
     * Pulls the daily cost of {@code [start, end)}. The store replaces every billing period the batch names as a
     * whole, so {@code start} must be the first day of a month; {@code end} should be the first day of a month too,
     * or lie past today for the month to date.
     *
     * @throws CeBudgetExhaustedException when the month's request budget has no room for the two queries
     * @throws AwsCallException           when Cost Explorer refuses or keeps throttling (data unavailable is not an
     *                                    error: the pull says so)
     */
    public CeCostPull pull(LocalDate start, LocalDate end) {
        if (start.getDayOfMonth() != 1 || !end.isAfter(start)) {
            throw new IllegalArgumentException("A Cost Explorer pull starts on the first day of a month and ends after "
                    + "it (billing periods are replaced as a whole): " + start + " to " + end);
        }
        requests.ledger().ensureBudget(2);
        try {
            List<GetCostAndUsageResponse> byService = query(start, end, dimension("SERVICE"),
                    "read daily cost by account and service from " + start + " to " + end);
            List<GetCostAndUsageResponse> byTeam = query(start, end, GroupDefinition.builder()
                            .type(GroupDefinitionType.TAG).key(teamTagKey).build(),
                    "read daily cost by account and tag " + teamTagKey + " from " + start + " to " + end);
            List<RollupRow> rollupRows = rows.byAccountAndService(byService);
            return CeCostPull.complete(new RollupBatch(periods(byService, rollupRows), rollupRows,
                    rows.byAccountAndTag(byTeam, teamTagKey), clock.instant(),
                    CeCostRows.anyEstimated(byService) || CeCostRows.anyEstimated(byTeam)));
        } catch (AwsCallException e) {
            if (CeRequests.dataUnavailable(e)) {
                return CeCostPull.dataUnavailable("Cost Explorer has no data for " + start + " to " + end
                        + " yet (" + e.failure().detail() + "); nothing was replaced", clock.instant());
            }
            throw e;
        }
    }

    private List<GetCostAndUsageResponse> query(LocalDate start, LocalDate end, GroupDefinition second,
                                                String action) {
        AwsCall call = AwsCall.to(CeRequests.SERVICE, action)
                .withRetryNote("the next scheduled pull will try again")
                .withPermissions("ce:GetCostAndUsage");
        return requests.pages(OPERATION, call, token -> page(start, end, second, token),
                GetCostAndUsageResponse::nextPageToken);
    }

    private GetCostAndUsageResponse page(LocalDate start, LocalDate end, GroupDefinition second,
                                         @Nullable String token) {
        return client.getCostAndUsage(r -> r
                .timePeriod(DateInterval.builder().start(start.toString()).end(end.toString()).build())
                .granularity(Granularity.DAILY)
                .metrics(CeCostRows.METRICS)
                .groupBy(dimension("LINKED_ACCOUNT"), second)
                .nextPageToken(token)
                .overrideConfiguration(CeRequests.ONE_ATTEMPT));
    }

    /** Every month the answer covers, with its row count (zero for a month Cost Explorer answered with no cost). */
    private Map<PeriodScope, Long> periods(List<GetCostAndUsageResponse> pages, List<RollupRow> rollupRows) {
        Map<PeriodScope, Long> periods = new LinkedHashMap<>();
        for (LocalDate day : CeCostRows.days(pages)) {
            periods.putIfAbsent(scope(CeCostRows.period(day)), 0L);
        }
        for (RollupRow row : rollupRows) {
            periods.merge(scope(row.period()), 1L, Long::sum);
        }
        return periods;
    }

    private PeriodScope scope(String period) {
        return new PeriodScope(CeCostRows.PROVIDER, billingAccountId, period);
    }

    private static GroupDefinition dimension(String key) {
        return GroupDefinition.builder().type(GroupDefinitionType.DIMENSION).key(key).build();
    }
}
