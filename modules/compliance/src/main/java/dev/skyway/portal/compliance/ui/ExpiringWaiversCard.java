package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;

/** Active waivers whose last day is within the next two weeks: their findings count again after it. */
final class ExpiringWaiversCard extends Div {

    static final int DAYS = 14;

    final Grid<Waiver> grid = new Grid<>();

    ExpiringWaiversCard(List<Waiver> waivers, LocalDate today) {
        addClassName("card");
        setId("compliance-expiring-waivers");
        List<Waiver> expiring = expiring(waivers, today);
        add(new H2("Waivers expiring in " + DAYS + " days"));
        if (expiring.isEmpty()) {
            add(new Paragraph("No active waiver ends in the next " + DAYS + " days."));
        } else {
            grid.addColumn(Waiver::controlId).setHeader("Control").setAutoWidth(true);
            grid.addColumn(Waiver::accountId).setHeader("Account").setAutoWidth(true);
            grid.addColumn(w -> ComplianceText.day(w.expiresOn())).setHeader("Last day").setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
            grid.setAllRowsVisible(true);
            grid.setItems(expiring);
            add(grid);
        }
        add(new Anchor(ComplianceLinks.WAIVERS + "?expiring=true", "All waivers"));
    }

    /** Active, ending today up to {@link #DAYS} days ahead, soonest first. */
    static List<Waiver> expiring(List<Waiver> waivers, LocalDate today) {
        return waivers.stream().filter(w -> w.status() == WaiverStatus.ACTIVE)
                .filter(w -> !w.expiresOn().isBefore(today) && !w.expiresOn().isAfter(today.plusDays(DAYS)))
                .sorted(Comparator.comparing(Waiver::expiresOn)).toList();
    }
}
