package dev.skyway.portal.compliance.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.platform.ui.kit.GridCells;

/** The accounts or teams with the lowest score over all controls, each linking to its failing findings. */
final class WorstCard extends Div {

    static final int SHOWN = 8;

    final Grid<ComplianceSummary.ScopeEntry> grid = new Grid<>();

    /** @param header the first column's header: "Account" or "Team" */
    WorstCard(String id, String title, String header, List<ComplianceSummary.ScopeEntry> entries,
              Function<ComplianceSummary.ScopeEntry, String> label,
              Function<ComplianceSummary.ScopeEntry, String> failingLink) {
        addClassName("card");
        setId(id);
        add(new H2(title));
        List<ComplianceSummary.ScopeEntry> worst = entries.stream().filter(e -> e.counts().score() != null)
                .limit(SHOWN).toList();
        if (worst.isEmpty()) {
            add(new Paragraph("Nothing with findings yet."));
            return;
        }
        grid.addColumn(GridCells.<ComplianceSummary.ScopeEntry>link("worst-link", failingLink::apply,
                label::apply)).setHeader(header).setFlexGrow(1);
        grid.addColumn(e -> ComplianceText.score(e.counts())).setHeader("Score").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> e.counts().failed()).setHeader("Failing controls").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(worst);
        add(grid);
    }
}
