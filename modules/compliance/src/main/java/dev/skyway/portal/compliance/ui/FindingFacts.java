package dev.skyway.portal.compliance.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingDetail;
import dev.skyway.portal.compliance.FindingEvent;
import dev.skyway.portal.compliance.RequirementRef;
import dev.skyway.portal.platform.ui.kit.Formats;

/** The parts of a finding's page: its facts, remediation, history and framework requirements. */
final class FindingFacts {

    private FindingFacts() {
    }

    static Div of(Finding f) {
        Div facts = new Div();
        facts.setId("finding-facts");
        facts.add(line("Severity", ComplianceText.severity(f.severity())));
        facts.add(line("Status", ComplianceText.status(f.status(), f.waived()), new Span(f.muted()
                ? " (muted in the tool)" : "")));
        facts.add(line("Control", new Span(f.control().controlId() + (f.control().controlKey().equals(
                f.control().controlId()) ? "" : " (same as " + f.control().controlKey() + ")"))));
        facts.add(line("Account", new Anchor(ComplianceLinks.account(f.resource().accountId()),
                f.resource().accountId())));
        facts.add(line("Resource", new Span(f.resource().resourceId() + (f.resource().resourceType() == null ? ""
                : " (" + f.resource().resourceType() + ")"))));
        facts.add(line("Region", new Span(f.resource().region().isEmpty() ? "—" : f.resource().region())));
        facts.add(line("Source", new Span(f.source())));
        if (f.detail() != null) {
            facts.add(line("Detail", new Span(f.detail())));
        }
        return facts;
    }

    static Div remediation(Finding f) {
        Div card = card("finding-remediation", "Remediation");
        card.add(new Paragraph(f.remediation().text() == null ? "The tool gave no remediation text."
                : f.remediation().text()));
        if (f.remediation().url() != null) {
            card.add(new Anchor(f.remediation().url(), "How to fix it (" + f.source() + " documentation)",
                    AnchorTarget.BLANK));
        }
        return card;
    }

    static Div history(FindingDetail detail) {
        Finding f = detail.finding();
        Div card = card("finding-history", "History");
        card.add(new Paragraph("First seen " + Formats.dateTimeWithZone(f.times().firstSeen()) + " · last seen "
                + Formats.dateTimeWithZone(f.times().lastSeen()) + " · " + (f.times().resolvedAt() == null
                ? "still open" : "resolved " + Formats.dateTimeWithZone(f.times().resolvedAt()))));
        if (!detail.history().isEmpty()) {
            Grid<FindingEvent> events = new Grid<>();
            events.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When").setAutoWidth(true);
            events.addColumn(e -> ComplianceText.words(e.kind())).setHeader("What").setAutoWidth(true);
            events.addColumn(e -> (e.fromStatus() == null ? "" : e.fromStatus() + " → ") + e.toStatus())
                    .setHeader("Status").setFlexGrow(1);
            events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
            events.setAllRowsVisible(true);
            events.setItems(detail.history().reversed());
            events.setId("finding-events");
            card.add(events);
        }
        return card;
    }

    static Div requirements(List<RequirementRef> requirements) {
        Div card = card("finding-requirements", "Frameworks");
        if (requirements.isEmpty()) {
            card.add(new Paragraph("No framework requirement checks this control."));
            return card;
        }
        UnorderedList list = new UnorderedList();
        requirements.forEach(r -> list.add(new ListItem(new Anchor(ComplianceLinks.framework(r.frameworkId()),
                r.frameworkName()), new Span(" — requirement " + r.requirementId()))));
        card.add(list);
        return card;
    }

    private static Div card(String id, String title) {
        Div card = new Div(new H2(title));
        card.addClassName("card");
        card.setId(id);
        return card;
    }

    private static Div line(String label, Component... value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        Div line = new Div(name);
        line.add(value);
        return line;
    }
}
