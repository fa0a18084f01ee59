package dev.skyway.portal.incidents.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.platform.ui.kit.Formats;

/** The alerts attached to the incident (by routing, or when it was declared for one), with how often each fired. */
class AttachedAlertsPanel extends Div {

    AttachedAlertsPanel(List<Alert> alerts) {
        setId("incident-alerts");
        addClassName("card");
        add(new H3("Alerts"));
        if (alerts.isEmpty()) {
            add(new Paragraph("No alert is attached: this incident was declared by a person."));
            return;
        }
        Grid<Alert> grid = new Grid<>();
        grid.addColumn(Alert::summary).setHeader("Alert").setWidth("20rem").setFlexGrow(2);
        grid.addColumn(IncidentBadges.alertSeverityCell()).setHeader("Severity")
                .setAutoWidth(true);
        grid.addColumn(IncidentBadges.alertStatusCell()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Alert::occurrences).setHeader("Occurrences").setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.lastSeenAt())).setHeader("Last seen").setAutoWidth(true);
        grid.setItems(alerts);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
