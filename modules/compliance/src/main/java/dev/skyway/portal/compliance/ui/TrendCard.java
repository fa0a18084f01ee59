package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.TrendPoint;
import dev.skyway.portal.platform.ui.kit.EChart;

/** Each framework's daily score over the last 90 days, as the daily snapshots recorded it. */
final class TrendCard extends Div {

    static final int DAYS = 90;

    final EChart chart = new EChart();
    final String option;

    TrendCard(List<ComplianceSummary.FrameworkEntry> frameworks, Map<UUID, List<TrendPoint>> trends, LocalDate today,
              String whose) {
        addClassNames("card", "wide");
        setId("compliance-trend");
        Map<String, List<TrendPoint>> series = new LinkedHashMap<>();
        frameworks.forEach(f -> series.put(f.name(), trends.getOrDefault(f.id(), List.of())));
        option = ScoreTrendChart.option(series, today.minusDays(DAYS - 1L), today);
        chart.setId("compliance-trend-chart");
        chart.setHeight("300px");
        chart.setOption(option);
        Paragraph note = new Paragraph("Score of " + whose + " per framework, from the daily snapshots: passed "
                + "controls ÷ controls with data, waived findings left out.");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H2("Score trend, last " + DAYS + " days"), chart, note);
    }
}
