package dev.skyway.portal.compliance.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.FindingChange;
import dev.skyway.portal.platform.ui.kit.GridCells;

/**
 * What changed in the last 24 hours: how many findings newly fail, were fixed and fail again, and the most severe
 * of them, each opening its finding.
 */
final class ChangesCard extends Div {

    static final int SHOWN = 10;

    /** A change with what kind it is, for the list. */
    record Row(String kind, FindingChange change) {
    }

    final Grid<Row> grid = new Grid<>();

    ChangesCard(ComplianceChanges changes) {
        addClassNames("card", "wide");
        setId("compliance-changes");
        ComplianceChanges.Counts c = changes.counts();
        Span counts = new Span(c.newFailures() + (c.newFailures() == 1 ? " new failure · " : " new failures · ")
                + c.fixed() + " fixed · " + c.regressed() + " regressed");
        counts.setId("compliance-changes-counts");
        counts.getStyle().set("font-weight", "600");
        add(new H2("What changed since yesterday"), counts);
        List<Row> rows = rows(changes);
        if (rows.isEmpty()) {
            add(new Paragraph("No finding changed its outcome in the last 24 hours."));
            return;
        }
        grid.addColumn(GridCells.<Row>badge("change-kind", Row::kind,
                r -> "Fixed".equals(r.kind()) ? "badge success" : "badge error"))
                .setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GridCells.<Row>badge("severity", r -> r.change().severity().name(),
                r -> ComplianceText.severityTheme(r.change().severity())))
                .setHeader("Severity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GridCells.<Row>link("finding-link", r -> ComplianceLinks.finding(r.change().findingId()),
                r -> r.change().controlId())).setHeader("Control").setAutoWidth(true);
        grid.addColumn(r -> r.change().title()).setHeader("Title").setFlexGrow(1);
        grid.addColumn(r -> r.change().accountId()).setHeader("Account").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        add(grid);
    }

    /** The most severe changes first, new failures and regressions before fixes at the same severity. */
    static List<Row> rows(ComplianceChanges changes) {
        List<Row> rows = new ArrayList<>();
        changes.newFailures().forEach(c -> rows.add(new Row("New failure", c)));
        changes.regressed().forEach(c -> rows.add(new Row("Regressed", c)));
        changes.fixed().forEach(c -> rows.add(new Row("Fixed", c)));
        return rows.stream().sorted(Comparator.comparing((Row r) -> -r.change().severity().rank())
                .thenComparing(r -> "Fixed".equals(r.kind()))).limit(SHOWN).toList();
    }
}
