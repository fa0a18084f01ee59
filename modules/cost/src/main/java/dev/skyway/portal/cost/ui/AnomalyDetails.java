package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * One anomaly explained: what moved on that day against its baseline, what the portal changed on the account in the
 * days before (each change linked to its request), where to look next (the breakdown of that account and service
 * around the day, the account's page), and what the user says it was.
 */
final class AnomalyDetails extends Div {

    /** Days either side of the anomaly that its breakdown link covers. */
    static final int AROUND = 7;

    final UnorderedList contributors = new UnorderedList();
    final UnorderedList changes = new UnorderedList();
    final Paragraph noChanges = new Paragraph();
    final Map<String, Button> feedback = new LinkedHashMap<>();

    /** @param changeWindowDays how many days before the anomaly's day its {@link CostAnomaly#changes()} reach back */
    AnomalyDetails(CostAnomaly a, int changeWindowDays, BiConsumer<CostAnomaly, String> onFeedback) {
        addClassName("anomaly-details");
        getElement().setAttribute("data-anomaly", a.id().toString());
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        add(new H4("What moved"));
        if (a.contributors().isEmpty()) {
            add(new Paragraph("No single region, pricing or charge category stands out: the rise is spread evenly."));
        } else {
            a.contributors().forEach(c -> {
                ListItem item = new ListItem(Dimensions.label(c.dimension()) + " " + (c.key().isEmpty() ? "(none)"
                        : c.key()) + ": " + CostText.signedMoney(c.delta(), a.currency()));
                item.addClassName("anomaly-contributor");
                contributors.add(item);
            });
            add(contributors);
        }
        add(new Paragraph("Expected " + CostText.money(a.expected(), a.currency())
                + ("PORTAL".equals(a.source()) ? " (the median of the 28 days before)" : " (by AWS Cost Anomaly "
                + "Detection)") + ", actual " + CostText.money(a.actual(), a.currency()) + ", score "
                + String.format(java.util.Locale.US, "%.1f", a.score()) + "."));
        if (a.accountId() != null) {
            portalChanges(a, changeWindowDays);
        }
        add(links(a), buttons(a, onFeedback));
    }

    /** The portal's own changes on the account: often the whole explanation, and the portal knows them for sure. */
    private void portalChanges(CostAnomaly a, int windowDays) {
        add(new H4("What the portal changed on the account since " + CostText.day(a.date().minusDays(windowDays))));
        if (a.changes().isEmpty()) {
            noChanges.setText("No changes by the portal on this account in the " + windowDays + " days before.");
            noChanges.addClassName("anomaly-no-changes");
            add(noChanges);
            return;
        }
        changes.addClassName("anomaly-changes");
        for (CostAnomaly.Change c : a.changes()) {
            ListItem item = new ListItem();
            item.addClassName("anomaly-change");
            item.getElement().setAttribute("data-kind", c.kind());
            item.add(new Span(Formats.dateTime(c.at()) + " · "));
            item.add(c.link() == null ? new Span(c.title()) : CostLinks.anchor(c.title(), c.link()));
            if (c.actor() != null) {
                item.add(new Span(" · asked by " + c.actor()));
            }
            changes.add(item);
        }
        add(changes);
    }

    private static Div links(CostAnomaly a) {
        Div links = new Div();
        links.addClassName("anomaly-links");
        Map<String, String> filters = new LinkedHashMap<>();
        if (a.accountId() != null) {
            filters.put("SubAccountId", a.accountId());
        }
        if (a.serviceName() != null) {
            filters.put("ServiceName", a.serviceName());
        }
        LocalDate day = a.date();
        links.add(CostLinks.anchor("Breakdown around " + CostText.day(day), CostLinks.breakdown(day.minusDays(AROUND),
                day.plusDays(AROUND), a.serviceName() == null ? "ServiceName" : "RegionId", filters)));
        if (a.accountId() != null) {
            links.add(new Span(" · "), CostLinks.anchor("Account " + a.accountId(), CostLinks.account(a.accountId())));
        }
        return links;
    }

    private HorizontalLayout buttons(CostAnomaly a, BiConsumer<CostAnomaly, String> onFeedback) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.add(new Span("This was:"));
        for (String value : CostAnomaly.FEEDBACK) {
            Button b = new Button(label(value), e -> onFeedback.accept(a, value));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (value.equals(a.feedback())) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            b.getElement().setAttribute("data-feedback", value);
            feedback.put(value, b);
            row.add(b);
        }
        return row;
    }

    static String label(String feedback) {
        return switch (feedback) {
            case "EXPECTED" -> "Expected";
            case "UNEXPECTED" -> "Unexpected";
            case "PLANNED" -> "Planned";
            default -> feedback;
        };
    }
}
