package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.cost.internal.aws.CeFixture.error;
import static dev.skyway.portal.cost.internal.aws.CeFixture.ok;
import static dev.skyway.portal.cost.internal.aws.CeFixture.operation;
import static dev.skyway.portal.cost.internal.aws.CeFixture.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** GetCostForecast against WireMock, with the answer cached so that a fresh forecast costs no request. */
class CostExplorerForecastsTests {

    static final LocalDate START = LocalDate.of(2026, 6, 15);
    static final LocalDate END = LocalDate.of(2026, 6, 17);

    static final String FORECAST = """
            {"Total":{"Amount":"202.50","Unit":"USD"},
             "ForecastResultsByTime":[
               {"TimePeriod":{"Start":"2026-06-15","End":"2026-06-16"},"MeanValue":"101.25",
                "PredictionIntervalLowerBound":"90.10","PredictionIntervalUpperBound":"112.40"},
               {"TimePeriod":{"Start":"2026-06-16","End":"2026-06-17"},"MeanValue":"101.25",
                "PredictionIntervalLowerBound":"88.00","PredictionIntervalUpperBound":"114.50"}]}""";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    CeFixture fixture = new CeFixture(aws, 300);
    CostExplorerForecasts forecasts = new CostExplorerForecasts(fixture.client, fixture.requests, fixture.cache,
            fixture.properties);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void asksForADailyForecastWithAnEightyPercentIntervalAndReadsEveryDay() {
        aws.stubFor(operation("GetCostForecast").willReturn(ok(FORECAST)));

        List<CeForecastPoint> points = forecasts.forecast(START, END, "AMORTIZED_COST");

        assertThat(points).containsExactly(
                new CeForecastPoint(START, new BigDecimal("101.25"), new BigDecimal("90.10"), new BigDecimal("112.40")),
                new CeForecastPoint(START.plusDays(1), new BigDecimal("101.25"), new BigDecimal("88.00"),
                        new BigDecimal("114.50")));
        aws.verify(1, requested("GetCostForecast").withRequestBody(equalToJson("""
                {"TimePeriod":{"Start":"2026-06-15","End":"2026-06-17"},"Metric":"AMORTIZED_COST",
                 "Granularity":"DAILY","PredictionIntervalLevel":80}""")));
        assertThat(fixture.outcomes()).containsExactly("OK");
    }

    @Test
    void aFreshForecastComesFromTheCacheWithoutARequest() {
        aws.stubFor(operation("GetCostForecast").willReturn(ok(FORECAST)));
        List<CeForecastPoint> first = forecasts.forecast(START, END, "AMORTIZED_COST");
        fixture.clock.advance(Duration.ofHours(7));

        List<CeForecastPoint> second = forecasts.forecast(START, END, "AMORTIZED_COST");

        assertThat(second).isEqualTo(first);
        aws.verify(1, requested("GetCostForecast"));
        assertThat(fixture.ledger.requestsThisMonth()).isEqualTo(1);
    }

    @Test
    void aStaleForecastIsFetchedAgainAndAnotherMetricIsAnotherForecast() {
        aws.stubFor(operation("GetCostForecast").willReturn(ok(FORECAST)));
        forecasts.forecast(START, END, "AMORTIZED_COST");
        forecasts.forecast(START, END, "UNBLENDED_COST");
        fixture.clock.advance(Duration.ofHours(8));

        forecasts.forecast(START, END, "AMORTIZED_COST");

        aws.verify(3, requested("GetCostForecast"));
    }

    @Test
    void cachedNeverCallsCostExplorer() {
        aws.stubFor(operation("GetCostForecast").willReturn(ok(FORECAST)));

        assertThat(forecasts.cached(START, END, "AMORTIZED_COST")).isEmpty();
        List<CeForecastPoint> fetched = forecasts.forecast(START, END, "AMORTIZED_COST");
        fixture.clock.advance(Duration.ofDays(3));

        assertThat(forecasts.cached(START, END, "AMORTIZED_COST")).contains(fetched);
        aws.verify(1, requested("GetCostForecast"));
    }

    @Test
    void tooLittleHistoryGivesNoForecastAndThatAnswerIsCachedToo() {
        aws.stubFor(operation("GetCostForecast").willReturn(
                error(400, "DataUnavailableException", "Insufficient amount of historical data")));

        assertThat(forecasts.forecast(START, END, "UNBLENDED_COST")).isEmpty();
        assertThat(forecasts.forecast(START, END, "UNBLENDED_COST")).isEmpty();

        aws.verify(1, requested("GetCostForecast"));
        assertThat(fixture.outcomes()).containsExactly("DATA_UNAVAILABLE");
    }

    @Test
    void anExhaustedBudgetSendsNothingButACachedForecastIsStillServed() {
        aws.stubFor(operation("GetCostForecast").willReturn(ok(FORECAST)));
        CeFixture tight = new CeFixture(aws, 1);
        try {
            CostExplorerForecasts limited = new CostExplorerForecasts(tight.client, tight.requests, tight.cache,
                    tight.properties);
            limited.forecast(START, END, "AMORTIZED_COST");

            assertThat(limited.forecast(START, END, "AMORTIZED_COST")).hasSize(2);
            assertThatThrownBy(() -> limited.forecast(START, END, "UNBLENDED_COST"))
                    .isInstanceOf(CeBudgetExhaustedException.class);
            aws.verify(1, requested("GetCostForecast"));
        } finally {
            tight.close();
        }
    }

    @Test
    void onlyCostMetricsAreForecast() {
        assertThatThrownBy(() -> forecasts.forecast(START, END, "USAGE_QUANTITY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AMORTIZED_COST or UNBLENDED_COST");
        assertThatThrownBy(() -> forecasts.forecast(START, END, "EffectiveCost"))
                .isInstanceOf(IllegalArgumentException.class);
        aws.verify(0, requested("GetCostForecast"));
    }
}
