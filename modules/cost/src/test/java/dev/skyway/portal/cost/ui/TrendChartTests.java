package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.cost.CostForecast;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.DailySeries;

/** The trend chart's option: the six largest services and "Other" stacked, then the forecast inside its band. */
class TrendChartTests {

    static final LocalDate START = LocalDate.parse("2024-10-01");
    static final LocalDate END = LocalDate.parse("2024-10-04");
    static final LocalDate UNTIL = LocalDate.parse("2024-10-06");

    @Test
    void theSixLargestServicesAreStackedAndTheRestIsOther() {
        JsonNode option = option(eightServices(), null);

        JsonNode series = option.get("series");
        assertThat(series.valueStream().map(s -> s.get("name").asString()))
                .containsExactly("s8", "s7", "s6", "s5", "s4", "s3", "Other");
        // s2 and s1 cost 2 and 1 a day
        assertThat(series.get(6).get("data").get(0).decimalValue()).isEqualByComparingTo("3.00");
        // days past the actuals carry no bar
        assertThat(series.get(0).get("data").get(4).isNull()).isTrue();
        assertThat(option.get("xAxis").get("data")).hasSize(5);
    }

    @Test
    void theForecastContinuesFromTheLastActualDayInsideItsInterval() {
        CostForecast forecast = new CostForecast(CostMetric.EffectiveCost, "USD", LocalDate.parse("2024-10-03"),
                List.of(point("2024-10-04", "40", "30", "55"), point("2024-10-05", "41", "31", "56")), 6.2,
                "holt-winters", 0.8, "all accounts", List.of());

        JsonNode series = option(eightServices(), forecast).get("series");

        JsonNode line = named(series, TrendChart.FORECAST);
        assertThat(line.get("lineStyle").get("type").asString()).isEqualTo("dashed");
        assertThat(line.get("data").get(2).decimalValue()).isEqualByComparingTo("36.00");
        assertThat(line.get("data").get(3).decimalValue()).isEqualByComparingTo("40.00");
        assertThat(named(series, TrendChart.INTERVAL).get("data").get(3).decimalValue()).isEqualByComparingTo("25.00");

        CostForecast inEuro = new CostForecast(forecast.metric(), "EUR", forecast.lastActual(), forecast.points(),
                forecast.mape(), forecast.method(), forecast.confidence(), forecast.scope(), List.of());
        assertThat(option(eightServices(), inEuro).get("series").valueStream()
                .map(s -> s.get("name").asString())).doesNotContain(TrendChart.FORECAST);
    }

    private static JsonNode option(DailySeries daily, CostForecast forecast) {
        return JsonMapper.builder().build().readTree(TrendChart.option(daily, forecast, UNTIL));
    }

    private static JsonNode named(JsonNode series, String name) {
        return series.valueStream().filter(s -> s.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    /** Eight services over three days, service i costing i a day, largest first as the facade sorts them. */
    private static DailySeries eightServices() {
        List<DailySeries.Series> series = new ArrayList<>();
        for (int i = 8; i >= 1; i--) {
            BigDecimal amount = BigDecimal.valueOf(i);
            series.add(new DailySeries.Series("s" + i, "s" + i, amount.multiply(BigDecimal.valueOf(3)),
                    START.datesUntil(END).map(d -> new DailySeries.Point(d, amount, false)).toList()));
        }
        return new DailySeries(START, END, CostMetric.EffectiveCost, "USD", series, "all accounts");
    }

    private static CostForecast.Point point(String day, String amount, String lower, String upper) {
        return new CostForecast.Point(LocalDate.parse(day), new BigDecimal(amount), new BigDecimal(lower),
                new BigDecimal(upper));
    }
}
