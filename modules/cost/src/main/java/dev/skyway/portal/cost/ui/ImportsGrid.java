package dev.skyway.portal.cost.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.platform.ui.kit.Formats;

/** Recent imports, newest first: when, which file, from where, how it went and what it loaded. */
final class ImportsGrid extends Grid<CostImport> {

    ImportsGrid() {
        setId("imports-grid");
        addColumn(i -> Formats.dateTime(i.startedAt())).setHeader("Started").setAutoWidth(true);
        addColumn(i -> i.fileName() == null ? CostText.NONE : i.fileName()).setHeader("File").setAutoWidth(true)
                .setTooltipGenerator(i -> i.fileName() == null ? "" : i.fileName());
        addColumn(CostImport::source).setHeader("Source").setAutoWidth(true);
        addComponentColumn(i -> Badges.importStatus(i.status())).setHeader("Status").setAutoWidth(true);
        addColumn(i -> i.focusVersion() == null ? CostText.NONE : i.focusVersion()).setHeader("FOCUS")
                .setAutoWidth(true);
        addColumn(i -> CostImport.COMPLETED.equals(i.status()) ? String.format(java.util.Locale.US, "%,d", i.rows())
                : CostText.NONE).setHeader("Rows").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> String.join(", ", i.billingPeriods())).setHeader("Billing periods").setAutoWidth(true);
        addColumn(i -> i.error() == null ? "" : i.error()).setHeader("Error").setFlexGrow(2)
                .setTooltipGenerator(i -> i.error() == null ? "" : i.error());
        addColumn(CostImport::requestedBy).setHeader("By").setAutoWidth(true);
        setAllRowsVisible(true);
    }

    void show(List<CostImport> imports) {
        setItems(imports);
    }
}
