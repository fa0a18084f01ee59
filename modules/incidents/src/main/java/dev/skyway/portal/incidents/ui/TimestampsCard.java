package dev.skyway.portal.incidents.ui;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * The typed timestamps the metrics run on, each with how long after impact started it came: impact started (which the
 * commander may correct), detected, acknowledged, mitigated, resolved.
 */
class TimestampsCard extends Div {

    TimestampsCard(Incident incident) {
        setId("incident-timestamps");
        addClassName("card");
        IncidentTimestamps t = incident.timestamps();
        add(new H3("Timeline of the impact"));
        row("impact-started", "Impact started", t.impactStartedAt(), null);
        row("detected", "Detected", t.detectedAt(), t.impactStartedAt());
        row("acknowledged", "Acknowledged", t.acknowledgedAt(), t.impactStartedAt());
        row("mitigated", "Mitigated", t.mitigatedAt(), t.impactStartedAt());
        row("resolved", "Resolved", t.resolvedAt(), t.impactStartedAt());
        if (t.closedAt() != null) {
            row("closed", "Closed", t.closedAt(), t.impactStartedAt());
        }
    }

    private void row(String id, String label, @Nullable Instant at, @Nullable Instant from) {
        Div row = new Div();
        row.addClassName("timestamp-row");
        row.getElement().setAttribute("data-timestamp", id);
        row.getStyle().set("display", "grid").set("grid-template-columns", "7.5rem auto auto")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0");
        Span name = new Span(label);
        name.addClassName("timestamp-label");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span value = new Span(Formats.dateTime(at));
        value.addClassName("timestamp-value");
        value.getStyle().set("white-space", "nowrap");
        row.add(name, value);
        String after = IncidentTimes.after(from, at);
        if (!after.isEmpty()) {
            Span offset = new Span(after);
            offset.addClassName("timestamp-offset");
            offset.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "nowrap");
            row.add(offset);
        }
        add(row);
    }
}
