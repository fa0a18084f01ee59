package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.ForecastResult;
import software.amazon.awssdk.services.costexplorer.model.GetCostForecastResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Metric;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost Explorer's own daily forecast ({@code GetCostForecast}, 80% prediction interval), shown beside the portal's.
 * Answers are cached ({@link CeCache}) for {@code portal.cost.cost-explorer.refresh-interval}: while fresh, no request
 * is made; pages that must never call Cost Explorer read {@link #cached} instead.
 */
public class CostExplorerForecasts {

    static final String OPERATION = "GetCostForecast";
    static final int PREDICTION_INTERVAL_LEVEL = 80;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<CeForecastPoint>> POINTS = new TypeReference<>() {
    };

    private final CostExplorerClient client;
    private final CeRequests requests;
    private final CeCache cache;
    private final Duration refreshInterval;

    public CostExplorerForecasts(CostExplorerClient client, CeRequests requests, CeCache cache,
                                 CostProperties properties) {
        this.client = client;
        this.requests = requests;
        this.cache = cache;
        this.refreshInterval = properties.costExplorer().refreshInterval();
    }

    /**
     * The forecast of {@code [start, end)} (Cost Explorer wants {@code start} no earlier than today), from the cache
     * while fresh, else from Cost Explorer (one paid request). Empty when Cost Explorer has too little history to
     * forecast ({@code DataUnavailableException}); that answer is cached too.
     *
     * @param metric {@code AMORTIZED_COST} or {@code UNBLENDED_COST} (any of Cost Explorer's cost metrics)
     * @throws CeBudgetExhaustedException when the forecast is not cached and the budget has no room for it
     * @throws AwsCallException           when Cost Explorer refuses or keeps throttling
     */
    public List<CeForecastPoint> forecast(LocalDate start, LocalDate end, String metric) {
        Metric costMetric = metric(metric);
        String key = key(start, end, costMetric);
        Optional<CeCache.Entry> fresh = cache.fresh(key, refreshInterval);
        if (fresh.isPresent()) {
            return JSON.readValue(fresh.get().body(), POINTS);
        }
        List<CeForecastPoint> points = fetch(start, end, costMetric);
        cache.put(key, JSON.writeValueAsString(points));
        return points;
    }

    /** The last forecast fetched for these arguments, however old; never calls Cost Explorer. */
    public Optional<List<CeForecastPoint>> cached(LocalDate start, LocalDate end, String metric) {
        return cache.get(key(start, end, metric(metric))).map(entry -> JSON.readValue(entry.body(), POINTS));
    }

    private List<CeForecastPoint> fetch(LocalDate start, LocalDate end, Metric metric) {
        AwsCall call = AwsCall.to(CeRequests.SERVICE, "forecast daily " + metric + " from " + start + " to " + end)
                .withRetryNote("try again later")
                .withPermissions("ce:GetCostForecast");
        try {
            GetCostForecastResponse response = requests.send(OPERATION, call, () -> client.getCostForecast(r -> r
                    .timePeriod(DateInterval.builder().start(start.toString()).end(end.toString()).build())
                    .metric(metric)
                    .granularity(Granularity.DAILY)
                    .predictionIntervalLevel(PREDICTION_INTERVAL_LEVEL)
                    .overrideConfiguration(CeRequests.ONE_ATTEMPT)));
            return response.forecastResultsByTime().stream().map(CostExplorerForecasts::point).toList();
        } catch (AwsCallException e) {
            if (CeRequests.dataUnavailable(e)) {
                return List.of();
            }
            throw e;
        }
    }

    private static CeForecastPoint point(ForecastResult result) {
        BigDecimal mean = amount(result.meanValue());
        return new CeForecastPoint(LocalDate.parse(result.timePeriod().start()), mean,
                result.predictionIntervalLowerBound() == null ? mean : amount(result.predictionIntervalLowerBound()),
                result.predictionIntervalUpperBound() == null ? mean : amount(result.predictionIntervalUpperBound()));
    }

    private static BigDecimal amount(@Nullable String value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value);
    }

    private static Metric metric(String metric) {
        Metric parsed = Metric.fromValue(metric);
        if (parsed == null || parsed == Metric.UNKNOWN_TO_SDK_VERSION || !metric.endsWith("_COST")) {
            throw new IllegalArgumentException("Not a Cost Explorer cost metric: " + metric
                    + " (use AMORTIZED_COST or UNBLENDED_COST)");
        }
        return parsed;
    }

    private static String key(LocalDate start, LocalDate end, Metric metric) {
        return "forecast:" + metric + ":DAILY:" + start + ":" + end;
    }
}
