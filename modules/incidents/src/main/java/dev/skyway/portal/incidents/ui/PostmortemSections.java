package dev.skyway.portal.incidents.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.PostmortemDraft;

/** The postmortem template's sections as Markdown text areas, each with a hint of what belongs there. */
final class PostmortemSections extends Div {

    final TextArea summary = area("postmortem-summary", "Summary", "What happened, in two or three sentences.");
    final TextArea impact = area("postmortem-impact", "Impact", "Who and what was affected, for how long.");
    final TextArea timeline = area("postmortem-timeline", "Timeline",
            "Prefilled from the incident's timeline (UTC); edit freely.");
    final TextArea rootCauses = area("postmortem-root-causes", "Root causes", "Why it happened.");
    final TextArea wentWell = area("postmortem-went-well", "What went well", null);
    final TextArea wentBadly = area("postmortem-went-badly", "What went badly", null);

    PostmortemSections() {
        addClassName("postmortem-sections");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(420px, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        timeline.getStyle().set("grid-column", "1 / -1");
        add(summary, impact, timeline, rootCauses, wentWell, wentBadly);
    }

    void show(Postmortem p) {
        summary.setValue(text(p.summary()));
        impact.setValue(text(p.impact()));
        timeline.setValue(text(p.timeline()));
        rootCauses.setValue(text(p.rootCauses()));
        wentWell.setValue(text(p.wentWell()));
        wentBadly.setValue(text(p.wentBadly()));
    }

    void setReadOnly(boolean readOnly) {
        all().forEach(a -> a.setReadOnly(readOnly));
    }

    PostmortemDraft draft(@Nullable String status, @Nullable Integer version) {
        return new PostmortemDraft(summary.getValue(), impact.getValue(), timeline.getValue(), rootCauses.getValue(),
                wentWell.getValue(), wentBadly.getValue(), status, version);
    }

    /** Shows the save's per-field problems on the areas. */
    void showProblems(java.util.Map<String, String> problems) {
        List.of(summary, impact, timeline, rootCauses, wentWell, wentBadly).forEach(a -> a.setInvalid(false));
        problems.forEach((field, problem) -> {
            TextArea area = switch (field) {
                case "summary" -> summary;
                case "impact" -> impact;
                case "timeline" -> timeline;
                case "rootCauses" -> rootCauses;
                case "wentWell" -> wentWell;
                case "wentBadly" -> wentBadly;
                default -> null;
            };
            if (area != null) {
                area.setErrorMessage(problem);
                area.setInvalid(true);
            }
        });
    }

    private List<TextArea> all() {
        return List.of(summary, impact, timeline, rootCauses, wentWell, wentBadly);
    }

    private static TextArea area(String id, String label, @Nullable String helper) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMinHeight("7em");
        if (helper != null) {
            area.setHelperText(helper);
        }
        return area;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
