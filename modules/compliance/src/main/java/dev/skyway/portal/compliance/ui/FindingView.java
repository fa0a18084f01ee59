package dev.skyway.portal.compliance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingDetail;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * One finding: the control and the resource it is about, how to fix it, its history, the framework requirements it
 * counts for and the waivers that cover (or are asked to cover) it; anyone who sees the account may request a
 * waiver, which security approves.
 */
@Route(ComplianceLinks.FINDING)
@PageTitle("Finding · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class FindingView extends Div implements BeforeEnterObserver {

    static final String ID = "id";

    private final transient ComplianceFindings findings;
    private final transient ComplianceWaivers waivers;
    private final transient Clock clock;

    final Button requestWaiver = new Button("Request waiver", VaadinIcon.FILE_TEXT_O.create());
    final Div waiverSection = new Div();
    @Nullable FindingDetail detail;

    FindingView(ComplianceFindings findings, ComplianceWaivers waivers, Clock clock) {
        this.findings = findings;
        this.waivers = waivers;
        this.clock = clock;
        addClassName("page");
        requestWaiver.setId("finding-request-waiver");
        requestWaiver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requestWaiver.addClickListener(e -> openWaiverDialog());
        waiverSection.setId("finding-waivers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(ID).orElse(""));
    }

    /** Shows the finding, or a not-found state (unknown, or on an account the user does not see). */
    void show(String id) {
        removeAll();
        Optional<FindingDetail> found = parse(id).flatMap(findings::find);
        add(ComplianceLinks.anchor("← Findings", ComplianceLinks.FINDINGS));
        if (found.isEmpty()) {
            add(new EmptyState(VaadinIcon.SHIELD, "Finding not found", "It does not exist, or it is on an account "
                    + "you do not see.", ComplianceLinks.anchor("All findings", ComplianceLinks.FINDINGS)));
            return;
        }
        FindingDetail detail = found.get();
        this.detail = detail;
        Finding f = detail.finding();
        add(new PageHeader(f.control().title(), f.control().controlId() + " · " + f.source(), requestWaiver),
                FindingFacts.of(f));
        Div cards = new Div(FindingFacts.remediation(f), FindingFacts.history(detail),
                FindingFacts.requirements(detail.requirements()), waiverSection);
        cards.addClassName("cards");
        cards.getStyle().set("margin-top", "var(--lumo-space-m)");
        add(cards);
        showWaivers();
    }

    private void openWaiverDialog() {
        new WaiverDialog(waivers, Objects.requireNonNull(detail).finding(), LocalDate.now(clock.withZone(ZoneOffset.UTC)), waiver -> {
            Notification.show("Waiver requested: security approves it in the approval inbox. Until then the "
                    + "finding counts.", 6_000, Notification.Position.BOTTOM_START).setId("waiver-requested");
            showWaivers();
        }).open();
    }

    /** The waivers of this control on the account that apply to the finding's resource (or to the whole account). */
    void showWaivers() {
        Finding f = Objects.requireNonNull(detail).finding();
        List<Waiver> covering = waivers.list(null, f.resource().accountId()).stream()
                .filter(w -> w.controlKey().equals(f.control().controlKey()))
                .filter(w -> w.resourceId() == null || w.resourceId().equals(f.resource().resourceId())).toList();
        waiverSection.removeAll();
        waiverSection.addClassName("card");
        waiverSection.add(new H2("Waiver"));
        if (covering.isEmpty()) {
            waiverSection.add(new Paragraph("No waiver covers this finding."));
            return;
        }
        for (Waiver w : covering) {
            Div line = new Div(ComplianceText.waiverStatus(w.status()), new Paragraph(
                    (w.resourceId() == null ? "Whole account" : "This resource") + " until "
                            + ComplianceText.day(w.expiresOn()) + ", requested by " + w.requesterName() + ": "
                            + w.reason()));
            line.addClassName("finding-waiver");
            waiverSection.add(line);
        }
        waiverSection.add(new Anchor(ComplianceLinks.WAIVERS, "All waivers"));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
