package dev.skyway.portal.incidents.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import dev.skyway.portal.incidents.ChangeWindow;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * What only the portal can tell: its own changes to the affected accounts from 72 hours before impact started, newest
 * first, each linked to the page that shows it; those after impact started are marked.
 */
class ChangesPanel extends Div {

    ChangesPanel(List<AccountChange> changes, ChangeWindow window, Instant impactStarted, boolean hasAccounts) {
        setId("incident-changes");
        addClassName("card");
        add(new H3("What changed"));
        Paragraph scope = new Paragraph("The portal's changes to the affected accounts from "
                + Formats.dateTime(window.from()) + " (72 hours before impact started) to "
                + Formats.dateTime(window.to()) + ".");
        scope.addClassName("changes-window");
        add(scope);
        if (changes.isEmpty()) {
            add(new EmptyState(VaadinIcon.TIME_BACKWARD, hasAccounts ? "The portal changed nothing on these accounts"
                    : "No affected accounts", hasAccounts ? "No product request, account vending, baseline or "
                    + "approval touched them in this window." : "Name the affected accounts to see what changed.",
                    null));
            return;
        }
        for (AccountChange change : changes) {
            add(row(change, !change.at().isBefore(impactStarted)));
        }
    }

    private static Div row(AccountChange change, boolean afterImpact) {
        Div row = new Div();
        row.addClassName("change-row");
        row.getElement().setAttribute("data-kind", change.kind());
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0");
        Span at = new Span(Formats.dateTime(change.at()));
        at.addClassName("change-at");
        row.add(at);
        if (afterImpact) {
            Span during = new Span("during the incident");
            during.getElement().getThemeList().add("badge contrast small");
            row.add(during);
        }
        row.add(change.link() == null ? new Span(change.title()) : new Anchor(change.link(), change.title()));
        Span where = new Span("· " + change.accountId() + (change.actor() == null ? "" : " · " + change.actor())
                + " · " + change.sourceModule());
        where.addClassName("change-meta");
        where.getStyle().set("color", "var(--lumo-secondary-text-color)");
        row.add(where);
        return row;
    }
}
