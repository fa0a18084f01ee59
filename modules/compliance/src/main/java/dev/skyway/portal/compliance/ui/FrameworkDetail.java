package dev.skyway.portal.compliance.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.Requirement;
import dev.skyway.portal.compliance.RequirementResult;

/**
 * One framework: its score in the user's scope, the evidence pack download, and every requirement with its status
 * and checks (a failing one links to its failing findings).
 */
final class FrameworkDetail extends Div {

    /** A requirement as the file describes it, with its status in the scope. */
    record Row(Requirement requirement, FindingStatus status) {
    }

    final Grid<Row> grid = new Grid<>();
    final Anchor evidence;

    FrameworkDetail(Framework framework, FrameworkScore score, List<Requirement> requirements) {
        addClassNames("card", "wide");
        getStyle().set("margin-top", "var(--lumo-space-m)");
        Map<String, RequirementResult> results = score.requirements().stream()
                .collect(Collectors.toMap(RequirementResult::id, Function.identity(), (a, b) -> a));
        evidence = new Anchor(ComplianceLinks.evidencePack(framework.id(), null), "");
        evidence.add(VaadinIcon.DOWNLOAD.create());
        evidence.add(" Evidence pack (ZIP)");
        evidence.setId("framework-evidence-pack");
        evidence.setRouterIgnore(true);
        evidence.getElement().setAttribute("download", true);
        Paragraph summary = new Paragraph(ComplianceText.score(score.counts()) + " over " + score.scope() + " · "
                + score.counts().passed() + " passed · " + score.counts().failed() + " failing · "
                + score.counts().manual() + " manual (waiting for an attestation) · " + score.counts().notAvailable()
                + " without data");
        summary.setId("framework-score");
        add(new H2(framework.name() + (framework.version().isEmpty() ? "" : " " + framework.version())), summary,
                evidence);
        if (!framework.merged().isEmpty()) {
            add(new Paragraph("Requirement ids that appeared more than once in the file were merged: "
                    + String.join(", ", framework.merged()) + "."));
        }
        grid.setId("framework-requirements");
        grid.addColumn(new ComponentRenderer<>(r -> ComplianceText.status(r.status(), false))).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.requirement().id()).setHeader("Requirement").setAutoWidth(true);
        grid.addColumn(r -> r.requirement().name() != null ? r.requirement().name()
                : r.requirement().description()).setHeader("Description").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::checks)).setHeader("Checks").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(requirements.stream().map(r -> new Row(r, results.containsKey(r.id())
                ? results.get(r.id()).status() : FindingStatus.NOT_AVAILABLE)).toList());
        add(grid);
    }

    /** A requirement's checks, each opening its failing findings. */
    private Div checks(Row row) {
        Div checks = new Div();
        row.requirement().checks().forEach(check -> {
            checks.add(new Anchor(ComplianceLinks.findings(new FindingFilters(null, null, null,
                    row.status() == FindingStatus.FAIL ? FindingStatus.FAIL : null, check, null, null,
                    FindingFilters.NONE.sort())), check));
            checks.add(" ");
        });
        if (row.requirement().checks().isEmpty()) {
            checks.add("MANUAL".equals(row.requirement().assessment()) ? "manual: needs an attestation" : "—");
        }
        return checks;
    }
}
