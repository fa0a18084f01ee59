package dev.skyway.portal.incidents.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.DailySeries;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.platform.ui.kit.EChart;
import dev.skyway.portal.platform.ui.kit.EmptyState;

/**
 * The affected accounts' billed cost per day from three days before impact started to three days after the incident
 * was resolved (or today), one line per account, with the impact marked; limited to what the viewer may see of cost.
 */
class CostAroundPanel extends Div {

    static final int DAYS_AROUND = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    CostAroundPanel(CostReports reports, Incident incident, Instant now) {
        setId("incident-cost");
        addClassName("card");
        add(new H3("Cost around the incident"));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate started = LocalDate.ofInstant(incident.timestamps().impactStartedAt(), ZoneOffset.UTC);
        Instant resolved = incident.timestamps().resolvedAt();
        LocalDate last = resolved == null ? today : LocalDate.ofInstant(resolved, ZoneOffset.UTC);
        LocalDate start = started.minusDays(DAYS_AROUND);
        LocalDate end = min(last.plusDays(DAYS_AROUND), today).plusDays(1);
        List<DailySeries> perAccount = new ArrayList<>();
        try {
            for (String account : incident.accountIds()) {
                perAccount.add(reports.daily(new CostQuery(start, end, CostMetric.BilledCost, null,
                        Map.of("SubAccountId", account), null)));
            }
            add(new Paragraph("Billed cost per day (UTC) of the affected accounts, as far as you see cost: "
                    + reports.visibility().scope() + "."));
        } catch (IllegalArgumentException | DataAccessException e) {
            add(new Paragraph("Cost is not available right now: " + e.getMessage()));
            return;
        }
        if (perAccount.stream().allMatch(d -> d.series().isEmpty())) {
            add(new EmptyState(VaadinIcon.DOLLAR, "No cost data for these days", "The cost module has no "
                    + "imported cost for the affected accounts in this range that you may see.", null));
            return;
        }
        EChart chart = new EChart();
        chart.setId("incident-cost-chart");
        chart.setOption(option(incident.accountIds(), perAccount, start, end, started));
        add(chart);
    }

    static String option(List<String> accounts, List<DailySeries> perAccount, LocalDate start, LocalDate end,
                         LocalDate impact) {
        List<LocalDate> days = start.datesUntil(end).toList();
        List<Object> series = new ArrayList<>();
        String currency = "";
        for (int i = 0; i < perAccount.size(); i++) {
            DailySeries daily = perAccount.get(i);
            if (daily.series().isEmpty()) {
                continue;
            }
            currency = daily.currency();
            Map<LocalDate, BigDecimal> byDay = new LinkedHashMap<>();
            daily.series().forEach(s -> s.points().forEach(p -> byDay.merge(p.date(), p.amount(), BigDecimal::add)));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", accounts.get(i));
            line.put("type", "line");
            line.put("data", days.stream().map(d -> byDay.getOrDefault(d, BigDecimal.ZERO)
                    .setScale(2, RoundingMode.HALF_UP)).toList());
            if (series.isEmpty()) {
                line.put("markLine", Map.of("symbol", "none", "label", Map.of("formatter", "impact started"),
                        "data", List.of(Map.of("xAxis", impact.toString()))));
            }
            series.add(line);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 24, "bottom", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", days.stream().map(LocalDate::toString).toList()));
        option.put("yAxis", Map.of("type", "value", "name", currency));
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
