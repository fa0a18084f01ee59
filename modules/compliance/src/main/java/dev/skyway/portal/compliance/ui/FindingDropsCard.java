package dev.skyway.portal.compliance.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.internal.drops.DropSchedule;
import dev.skyway.portal.compliance.internal.drops.DroppedFiles;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.SyncStatusBar;

/**
 * Findings files dropped for import (for security and platform admins): where the portal looks, the drop job's last
 * run with "Sync now", and the latest files it took with their import's outcome (a refused file says why).
 */
final class FindingDropsCard extends Div {

    static final int SHOWN = 20;

    final Grid<DroppedFiles.Taken> grid = new Grid<>();
    private final transient DropSchedule schedule;

    FindingDropsCard(DropSchedule schedule) {
        this.schedule = schedule;
        setId("findings-drops");
        addClassNames("card", "wide");
        getStyle().set("margin-top", "var(--lumo-space-m)");
        Paragraph where = new Paragraph(schedule.where().map(w -> "Prowler's OCSF JSON or CSV, or ASFF, dropped in "
                + w + " is imported once per version (Security Hub's and Config's findings arrive by their own "
                + "syncs).").orElse("No drop location is set: set portal.compliance.drops.bucket (and prefix) in AWS "
                + "mode, or portal.compliance.drops.directory."));
        where.setId("findings-drops-where");
        grid.setId("findings-drops-grid");
        grid.addColumn(new ComponentRenderer<>(t -> ComplianceText.badge(t.status() == null ? "UNKNOWN"
                : t.status(), FindingImport.FAILED.equals(t.status()) ? "badge error"
                : FindingImport.COMPLETED.equals(t.status()) ? "badge success" : "badge", "drop-status")))
                .setHeader("Import").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DroppedFiles.Taken::key).setHeader("File").setFlexGrow(3)
                .setTooltipGenerator(t -> t.store() + " · ETag " + t.eTag());
        grid.addColumn(t -> t.format() == null ? ComplianceText.NONE : ComplianceText.words(t.format()))
                .setHeader("Format").setAutoWidth(true);
        grid.addColumn(DroppedFiles.Taken::findings).setHeader("Findings").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(t -> Formats.dateTime(t.processedAt())).setHeader("Taken").setAutoWidth(true);
        grid.addColumn(t -> t.error() == null ? "" : t.error()).setHeader("Why refused").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.INBOX, "No dropped files yet",
                "Files appear here once the drop job has taken them.", null));
        add(new H2("Findings drops"), where, new SyncStatusBar("findings-drops-sync", schedule::status,
                schedule::runningHere, schedule::start, this::refresh), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(schedule.recent(SHOWN));
    }
}
