package dev.skyway.portal.incidents.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;

/** The headline figures: incidents, MTTD, MTTA, MTTM, MTTR and open action items. */
final class MetricsKpis extends Div {

    MetricsKpis(MetricsReport report) {
        addClassName("cards");
        setId("incident-kpis");
        MetricsFigures all = report.all();
        add(card("kpi-count", "Incidents", String.valueOf(all.count()), "Detected in the range"),
                card("kpi-mttd", "MTTD", duration(all.mttdSeconds()), "Impact started → detected"),
                card("kpi-mtta", "MTTA", duration(all.mttaSeconds()), "Detected → acknowledged"),
                card("kpi-mttm", "MTTM", duration(all.mttmSeconds()), "Detected → mitigated"),
                card("kpi-mttr", "MTTR", duration(all.mttrSeconds()), "Detected → resolved"),
                card("kpi-action-items", "Open action items", String.valueOf(report.openActionItems()),
                        report.overdueActionItems() + " overdue"));
    }

    /** {@code 45 s}, {@code 12 min}, {@code 2 h 5 min}, {@code 1 d 3 h}; a dash without data. */
    static String duration(@Nullable Long seconds) {
        if (seconds == null) {
            return "—";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long hours = minutes / 60;
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    private static Div card(String id, String label, String value, String note) {
        Span title = new Span(label);
        title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span figure = new Span(value);
        figure.setId(id);
        figure.addClassName("kpi-value");
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span small = new Span(note);
        small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div card = new Div(title, figure, small);
        card.addClassNames("card", "kpi");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return card;
    }
}
