package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.TrendPoint;

/**
 * One card per framework: its score over the accounts the user sees, how it moved since yesterday and in 30 days
 * (from the daily snapshots), and its passed and failing requirements. A card opens the framework.
 */
final class ScoreKpis extends Div {

    ScoreKpis(List<ComplianceSummary.FrameworkEntry> frameworks, Map<UUID, List<TrendPoint>> trends, LocalDate today) {
        addClassName("cards");
        setId("compliance-kpis");
        for (ComplianceSummary.FrameworkEntry f : frameworks) {
            List<TrendPoint> points = trends.getOrDefault(f.id(), List.of());
            Integer now = f.counts().score();
            add(card(f, ScoreChanges.since(now, points, today.minusDays(1)),
                    ScoreChanges.since(now, points, today.minusDays(30))));
        }
    }

    private static Div card(ComplianceSummary.FrameworkEntry f, @Nullable Integer day, @Nullable Integer month) {
        Anchor title = new Anchor(ComplianceLinks.framework(f.id()), f.name());
        title.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span value = new Span(ComplianceText.score(f.counts()));
        value.addClassName("kpi-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span changes = new Span(change(day, "since yesterday"), new Span(" · "), change(month, "in 30 days"));
        changes.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span counts = new Span(f.counts().passed() + " passed · " + f.counts().failed() + " failing · "
                + f.counts().manual() + " manual");
        counts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div card = new Div(title, value, changes, counts);
        card.addClassNames("card", "kpi");
        card.getElement().setAttribute("data-framework", f.name());
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return card;
    }

    /** A rising score is good news: green up, red down. */
    private static Span change(@Nullable Integer points, String when) {
        Span text = new Span(ComplianceText.change(points) + " " + when);
        if (points != null && points != 0) {
            text.getStyle().set("color", points > 0 ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
        } else {
            text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return text;
    }
}
