package dev.skyway.portal.compliance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.compliance.ComplianceAttestations;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.Requirement;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.ScoreScope;
import dev.skyway.portal.compliance.internal.drops.DropSchedule;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * The frameworks (shipped and uploaded) with their score over the accounts the user sees; one opened shows each
 * requirement's PASS / FAIL / MANUAL and links to its evidence pack; a MANUAL requirement is attested here (the
 * attestation goes to security for approval). Security and platform admins upload Prowler compliance JSON files here
 * and see what was stored and merged.
 */
@Route(ComplianceLinks.FRAMEWORKS)
@PageTitle("Frameworks · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class FrameworksView extends Div implements BeforeEnterObserver {

    private final transient ComplianceFrameworks frameworks;
    private final transient ComplianceScores scores;
    private final transient ComplianceAttestations attestations;
    private final transient Clock clock;

    final Grid<Framework> grid = new Grid<>();
    final Div opened = new Div();
    final Div outcomes = new Div();
    final Optional<Upload> upload;
    private Map<UUID, ScoreCounts> scoreById = Map.of();

    FrameworksView(ComplianceFrameworks frameworks, ComplianceScores scores, ComplianceAttestations attestations,
                   DropSchedule drops, CurrentUser currentUser, Clock clock) {
        this.frameworks = frameworks;
        this.scores = scores;
        this.attestations = attestations;
        this.clock = clock;
        addClassName("page");
        opened.setId("framework-detail");
        outcomes.setId("frameworks-upload-outcomes");
        add(new PageHeader("Frameworks", "Standards, benchmarks and your own baselines in Prowler's compliance "
                + "format; a requirement passes when all of its checks pass, MANUAL ones once attested."),
                ComplianceLinks.tabs(ComplianceLinks.FRAMEWORKS));
        if (currentUser.get().hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            Upload u = new Upload(new FrameworkUploadHandler(frameworks, this::uploaded));
            u.setId("frameworks-upload");
            u.setAcceptedFileTypes(".json", "application/json");
            u.setMaxFileSize((int) FrameworkUploadHandler.MAX_BYTES);
            u.setUploadFormat(UploadFormat.RAW);
            u.setDropAllowed(true);
            upload = Optional.of(u);
            add(u, outcomes);
        } else {
            upload = Optional.empty();
        }
        add(configureGrid(), opened);
        if (drops.mayView()) {
            add(new FindingDropsCard(drops));
        }
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getLocation().getQueryParameters().getSingleParameter("framework").flatMap(FrameworksView::uuid)
                .orElse(null));
    }

    private Grid<Framework> configureGrid() {
        grid.setId("frameworks-grid");
        grid.addColumn(new ComponentRenderer<>(f -> new Anchor(ComplianceLinks.framework(f.id()), f.name())))
                .setHeader("Framework").setFlexGrow(2);
        grid.addColumn(Framework::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(Framework::provider).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(f -> ComplianceText.words(f.origin())).setHeader("Origin").setAutoWidth(true);
        grid.addColumn(Framework::requirements).setHeader("Requirements").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> ComplianceText.score(scoreById.getOrDefault(f.id(), ScoreCounts.NO_DATA)))
                .setHeader("Score").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    void refresh() {
        ComplianceSummary summary = scores.summary();
        scoreById = summary.frameworks().stream().collect(Collectors.toMap(ComplianceSummary.FrameworkEntry::id,
                ComplianceSummary.FrameworkEntry::counts, (a, b) -> a));
        grid.setItems(frameworks.all());
    }

    /** Shows one framework's requirements, or nothing for none (or an unknown id). */
    void open(@Nullable UUID id) {
        opened.removeAll();
        if (id == null) {
            return;
        }
        Optional<Framework> framework = frameworks.find(id);
        if (framework.isEmpty()) {
            opened.add(new Paragraph("No such framework."));
            return;
        }
        try {
            opened.add(new FrameworkDetail(framework.get(), scores.framework(id, ScoreScope.ALL),
                    frameworks.requirements(id), attestations.list(id, null, null),
                    requirement -> attest(framework.get(), requirement)));
        } catch (NoSuchElementException e) {
            opened.add(new Paragraph("No such framework."));
        }
    }

    /** Opens the attestation dialog for a MANUAL requirement; once submitted, the requirement shows it pending. */
    AttestationDialog attest(Framework framework, Requirement requirement) {
        AttestationDialog dialog = new AttestationDialog(attestations, framework, requirement, null,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), submitted -> {
                    Notification.show("Attestation of " + submitted.requirementId() + " sent to security for "
                            + "approval", 5000, Notification.Position.BOTTOM_START);
                    open(framework.id());
                });
        dialog.open();
        return dialog;
    }

    void uploaded(FrameworkUploadHandler.Outcome outcome) {
        Paragraph line = new Paragraph(outcome.message());
        line.addClassName(outcome.isError() ? "form-refusal" : "import-outcome");
        line.getElement().setAttribute("data-outcome", outcome.isError() ? "REFUSED" : "STORED");
        outcomes.addComponentAsFirst(line);
        refresh();
        if (outcome.upload() != null) {
            open(outcome.upload().framework().id());
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
