package dev.skyway.portal.compliance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.ComplianceAttestations;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStateException;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Waivers (exceptions) of the accounts the user sees, by status or ending in the next two weeks; security and
 * platform admins revoke active ones after confirming. Below, the attestations of MANUAL requirements (read-only
 * here: they are submitted from the framework's requirements or the API, and approved in the approval inbox).
 */
@Route(ComplianceLinks.WAIVERS)
@PageTitle("Waivers · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class WaiversView extends Div implements BeforeEnterObserver {

    static final String EXPIRING = "expiring";

    private final transient ComplianceWaivers waivers;
    private final transient Clock clock;
    private final boolean mayRevoke;

    final Select<WaiverStatus> status = new Select<>();
    final Checkbox expiring = new Checkbox("Ending in the next " + ExpiringWaiversCard.DAYS + " days");
    final Grid<Waiver> grid = new Grid<>();
    final Grid<Attestation> attestations = new Grid<>();

    WaiversView(ComplianceWaivers waivers, ComplianceAttestations attestationFacade,
                ComplianceFrameworks frameworks, CurrentUser currentUser, Clock clock) {
        this.waivers = waivers;
        this.clock = clock;
        this.mayRevoke = currentUser.get().hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN);
        addClassName("page");
        status.setLabel("Status");
        status.setItems(WaiverStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setItemLabelGenerator(s -> s == null ? "Any" : ComplianceText.label(s));
        status.setId("waivers-status");
        expiring.setId("waivers-expiring");
        status.addValueChangeListener(e -> refresh());
        expiring.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(status, expiring);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new PageHeader("Waivers & attestations", "Exceptions approved by security until they expire (their "
                        + "findings stay listed as waived), and evidence for the requirements no tool checks."),
                ComplianceLinks.tabs(ComplianceLinks.WAIVERS), bar, configureGrid(), new H2("Attestations"),
                configureAttestations(attestationFacade.list(null, null, null), frameworks.all()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        expiring.setValue(parameters.getSingleParameter(EXPIRING).map("true"::equalsIgnoreCase).orElse(false));
        status.setValue(parameters.getSingleParameter("status").flatMap(WaiversView::waiverStatus).orElse(null));
        refresh();
    }

    private Grid<Waiver> configureGrid() {
        grid.setId("waivers-grid");
        grid.addColumn(new ComponentRenderer<>(w -> ComplianceText.waiverStatus(w.status()))).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(w -> new Anchor(ComplianceLinks.findings(new FindingFilters(
                w.accountId(), null, null, null, w.controlId(), null, null, FindingFilters.NONE.sort())),
                w.controlId()))).setHeader("Control").setAutoWidth(true);
        grid.addColumn(Waiver::accountId).setHeader("Account").setAutoWidth(true);
        grid.addColumn(w -> w.resourceId() == null ? "Whole account" : w.resourceId()).setHeader("Resource")
                .setFlexGrow(1);
        grid.addColumn(w -> ComplianceText.day(w.expiresOn())).setHeader("Last day").setAutoWidth(true);
        grid.addColumn(Waiver::requesterName).setHeader("Requested by").setAutoWidth(true);
        grid.addColumn(Waiver::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.FILE_TEXT_O, "No waivers match",
                "Waivers are requested from a finding's page and approved by security.", null));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component actions(Waiver waiver) {
        if (!mayRevoke || waiver.status() != WaiverStatus.ACTIVE) {
            return new Span();
        }
        Button revoke = new Button("Revoke", e -> confirmRevoke(waiver));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.addClassName("waiver-revoke");
        return revoke;
    }

    void confirmRevoke(Waiver waiver) {
        RevokeDialog[] dialog = new RevokeDialog[1];
        dialog[0] = new RevokeDialog(waiver, reason -> {
            try {
                waivers.revoke(waiver.id(), reason);
                dialog[0].close();
                Notification.show("Revoked: its findings count again.");
                refresh();
            } catch (InvalidComplianceQueryException e) {
                dialog[0].refuse("Reason " + e.problems().getOrDefault("reason", "is wrong"));
            } catch (WaiverStateException | AccessDeniedException | NoSuchElementException e) {
                dialog[0].refuse(e.getMessage());
            }
        });
        dialog[0].open();
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Waiver> listed = waivers.list(expiring.getValue() ? WaiverStatus.ACTIVE : status.getValue(), null);
        grid.setItems(expiring.getValue() ? ExpiringWaiversCard.expiring(listed, today) : listed);
    }

    private Grid<Attestation> configureAttestations(List<Attestation> all, List<Framework> frameworks) {
        Map<UUID, String> names = frameworks.stream().collect(Collectors.toMap(Framework::id, Framework::name));
        attestations.setId("attestations-grid");
        attestations.addColumn(new ComponentRenderer<>(a -> ComplianceText.waiverStatus(a.status())))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        attestations.addColumn(a -> names.getOrDefault(a.frameworkId(), "—")).setHeader("Framework")
                .setAutoWidth(true);
        attestations.addColumn(Attestation::requirementId).setHeader("Requirement").setAutoWidth(true);
        attestations.addColumn(a -> a.accountId() == null ? "Every account" : a.accountId()).setHeader("Account")
                .setAutoWidth(true);
        attestations.addColumn(a -> ComplianceText.day(a.validUntil())).setHeader("Valid until").setAutoWidth(true);
        attestations.addColumn(Attestation::attesterName).setHeader("Attested by").setAutoWidth(true);
        attestations.addColumn(new ComponentRenderer<>(a -> a.evidenceUrl() != null
                ? new Anchor(a.evidenceUrl(), "Evidence") : new Span(a.evidenceFile() == null ? "—"
                : a.evidenceFile()))).setHeader("Evidence").setAutoWidth(true);
        attestations.addColumn(Attestation::statement).setHeader("Statement").setFlexGrow(2);
        attestations.addThemeVariants(GridVariant.LUMO_COMPACT);
        attestations.setEmptyStateComponent(new EmptyState(VaadinIcon.CHECK_SQUARE_O, "No attestations yet",
                "MANUAL requirements pass once an attestation with evidence is approved by security: "
                        + "attest them from their framework's requirements (or POST /api/v1/compliance/"
                        + "attestations).", null));
        attestations.setAllRowsVisible(true);
        attestations.setItems(all);
        return attestations;
    }

    private static java.util.Optional<WaiverStatus> waiverStatus(String name) {
        try {
            return java.util.Optional.of(WaiverStatus.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
