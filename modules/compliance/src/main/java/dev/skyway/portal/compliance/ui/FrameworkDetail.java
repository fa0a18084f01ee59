package dev.skyway.portal.compliance.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.Requirement;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.WaiverStatus;

/**
 * One framework: its score in the user's scope, the evidence pack download, and every requirement with its status
 * and checks (a failing one links to its failing findings). A MANUAL requirement shows its pending and approved
 * attestations and an "Attest" action.
 */
final class FrameworkDetail extends Div {

    /** A requirement as the file describes it, with its status in the scope. */
    record Row(Requirement requirement, FindingStatus status) {
    }

    final Grid<Row> grid = new Grid<>();
    final Anchor evidence;

    private final Map<String, List<Attestation>> attestationsByRequirement;
    private final Consumer<Requirement> onAttest;

    FrameworkDetail(Framework framework, FrameworkScore score, List<Requirement> requirements,
                    List<Attestation> attestations, Consumer<Requirement> onAttest) {
        this.attestationsByRequirement = attestations.stream().filter(a -> !a.status().isFinal())
                .collect(Collectors.groupingBy(Attestation::requirementId));
        this.onAttest = onAttest;
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
        grid.addColumn(new ComponentRenderer<>(this::attestation)).setHeader("Attestation").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(requirements.stream().map(r -> new Row(r, results.containsKey(r.id())
                ? results.get(r.id()).status() : FindingStatus.NOT_AVAILABLE)).toList());
        add(grid);
    }

    /** A MANUAL requirement's attestations still in play (pending or approved) and the action to add one. */
    private Div attestation(Row row) {
        Div cell = new Div();
        cell.addClassName("requirement-attestations");
        if (!"MANUAL".equals(row.requirement().assessment())) {
            return cell;
        }
        for (Attestation a : attestationsByRequirement.getOrDefault(row.requirement().id(), List.of())) {
            Div line = new Div(ComplianceText.badge(a.status() == WaiverStatus.ACTIVE ? "APPROVED" : "PENDING",
                    a.status() == WaiverStatus.ACTIVE ? "badge success" : "badge contrast", "attestation-status"));
            line.add(" " + (a.accountId() == null ? "every account" : a.accountId()) + " · until "
                    + ComplianceText.day(a.validUntil()));
            // the grid's cells do not wrap by themselves: a long line would be cut off
            line.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-s)")
                    .set("margin-bottom", "var(--lumo-space-xs)");
            cell.add(line);
        }
        Button attest = new Button("Attest", e -> onAttest.accept(row.requirement()));
        attest.addThemeVariants(ButtonVariant.LUMO_SMALL);
        attest.addClassName("attest-button");
        attest.getElement().setAttribute("data-requirement", row.requirement().id());
        cell.add(attest);
        return cell;
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
