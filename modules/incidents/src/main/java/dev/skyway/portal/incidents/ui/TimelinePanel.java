package dev.skyway.portal.incidents.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.TimelineEntry;
import dev.skyway.portal.platform.ui.kit.Formats;

/** The incident's append-only timeline, newest last, and a note anyone signed in may add to it. */
class TimelinePanel extends Div {

    final TextArea note = new TextArea("Add a note");
    final Button add = new Button("Add note");

    TimelinePanel(Incidents incidents, java.util.UUID incidentId, List<TimelineEntry> entries, Runnable changed) {
        setId("incident-timeline");
        addClassName("card");
        add(new H3("Timeline"));
        Div list = new Div();
        list.addClassName("timeline-entries");
        entries.forEach(entry -> list.add(entry(entry)));
        add(list);
        note.setId("note-text");
        note.setWidthFull();
        note.setMaxLength(4000);
        note.setPlaceholder("What you saw, tried or decided");
        add.setId("note-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            try {
                incidents.addNote(incidentId, note.getValue());
                changed.run();
            } catch (IncidentsValidationException ex) {
                FieldErrors.show(ex, Map.of("text", note));
            }
        });
        add(note, add);
    }

    private static Div entry(TimelineEntry entry) {
        Div row = new Div();
        row.addClassName("timeline-entry");
        row.getElement().setAttribute("data-kind", entry.kind());
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
        Span at = new Span(Formats.dateTime(entry.at()));
        at.addClassName("timeline-at");
        at.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span kind = new Span(entry.kind().toLowerCase(java.util.Locale.ROOT));
        kind.getElement().getThemeList().add("badge small");
        Span title = new Span(entry.title());
        title.addClassName("timeline-title");
        Span actor = new Span("by " + entry.actor());
        actor.addClassName("timeline-actor");
        actor.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        row.add(at, kind, title, actor);
        if (entry.link() != null) {
            Anchor link = new Anchor(entry.link().startsWith("/") ? entry.link().substring(1) : entry.link(), "open");
            link.addClassName("timeline-link");
            if (link.getHref().startsWith("api/")) {
                link.getElement().setAttribute("router-ignore", true); // JSON, not a view
            }
            row.add(link);
        }
        if (entry.body() != null && !entry.body().equals(entry.title())) {
            Paragraph body = new Paragraph(entry.body());
            body.addClassName("timeline-body");
            body.getStyle().set("flex-basis", "100%").set("margin", "0 0 0 var(--lumo-space-l)")
                    .set("white-space", "pre-line");
            row.add(body);
        }
        return row;
    }
}
