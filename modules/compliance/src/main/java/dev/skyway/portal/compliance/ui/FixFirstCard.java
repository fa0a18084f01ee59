package dev.skyway.portal.compliance.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.platform.ui.kit.GridCells;

/** For engineers: the failing critical and high findings on their teams' accounts that no waiver covers. */
final class FixFirstCard extends Div {

    static final int SHOWN = 10;

    final Grid<Finding> grid = new Grid<>();

    FixFirstCard(List<Finding> worstFirst) {
        addClassNames("card", "wide");
        setId("compliance-fix-first");
        List<Finding> fixFirst = fixFirst(worstFirst);
        add(new H2("Fix first"));
        if (fixFirst.isEmpty()) {
            add(new Paragraph("No failing critical or high control on your teams' accounts. Well done."));
            return;
        }
        grid.addColumn(GridCells.<Finding>badge("severity", f -> f.severity().name(),
                f -> ComplianceText.severityTheme(f.severity()))).setHeader("Severity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GridCells.<Finding>link("finding-link", f -> ComplianceLinks.finding(f.id()),
                f -> f.control().controlId())).setHeader("Control").setAutoWidth(true);
        grid.addColumn(f -> f.control().title()).setHeader("Title").setFlexGrow(1);
        grid.addColumn(f -> f.resource().accountId()).setHeader("Account").setAutoWidth(true);
        grid.addColumn(f -> f.resource().resourceId()).setHeader("Resource").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setItems(fixFirst);
        add(grid);
    }

    static List<Finding> fixFirst(List<Finding> worstFirst) {
        return worstFirst.stream().filter(f -> f.status() == FindingStatus.FAIL && !f.waived() && !f.muted())
                .filter(f -> f.severity().rank() >= Severity.HIGH.rank()).limit(SHOWN).toList();
    }
}
