package dev.skyway.portal.provisioning.ui;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.provisioning.DriftStates;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProvisionedResource;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestValidationException;

/**
 * One provisioned product: facts (with the estimated monthly cost beside the actual one), AWS's status of it (a notice with AWS's message and a link to the failed request when
 * TAINTED or ERROR; Update and Terminate stay possible), current values (secrets masked), outputs, a change under
 * way; "Update parameters"
 * opens the prefilled form, "Terminate" asks for confirmation naming the resource and a justification.
 */
@Route("resources/:id")
@PageTitle("Resource · Skyway")
@RolesAllowed({"ENGINEER", "PLATFORM_ADMIN"})
public class ResourceDetailView extends Div implements BeforeEnterObserver {

    static final String ID = "id";

    private final transient ProvisionedResources resources;
    private final transient CostComparisons costs;
    private final transient DriftStates drifts;
    final Button update = new Button("Update parameters");
    final Button terminate = new Button("Terminate…");
    final Dialog confirm = new Dialog();
    final TextArea terminateJustification = new TextArea("Justification");
    final Button confirmTerminate = new Button("Terminate");
    private ProvisionedResource resource;

    ResourceDetailView(ProvisionedResources resources, CostComparisons costs, DriftStates drifts) {
        this.resources = resources;
        this.costs = costs;
        this.drifts = drifts;
        addClassName("page");
        confirmTerminate.addClickListener(e -> terminateConfirmed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(resources.get(UUID.fromString(event.getRouteParameters().get(ID).orElse(""))));
        } catch (IllegalArgumentException | AccessDeniedException e) {
            add(new EmptyState(VaadinIcon.CUBES, "No such resource", "It does not exist, or it is not yours or your "
                    + "team's.", new RouterLink("Back to my resources", MyResourcesView.class)));
        }
    }

    void show(ProvisionedResource r) {
        this.resource = r;
        add(new RouterLink("← My resources", MyResourcesView.class));
        add(new PageHeader(r.name(), r.product().productName() + " " + r.product().versionName() + " in "
                + r.target().environment() + " · account " + r.target().accountId()));
        Div status = new Div(new Span("Status: "), MyRequestsView.badge(r.status()), new Span(" AWS: "),
                ResourceBadges.health(r.health().status()), new Span(" "),
                ResourceBadges.drift(r.id(), drifts.of(r.id()).orElse(null)));
        status.setId("resource-status");
        add(status);
        if (r.unhealthy() && r.status() != RequestStatus.TERMINATED) {
            add(healthNotice(r));
        }
        if (r.statusReason() != null) {
            add(new Paragraph(r.statusReason()));
        }
        Div facts = new Div(fact("Requested by", r.requester().name()), fact("Team", r.requester().team()),
                fact("Since", r.since() == null ? null : Formats.dateTime(r.since())));
        add(facts);
        Div cost = fact("Monthly cost", CostFigures.comparison(r.estimatedMonthlyCost(),
                costs.actual(r.id()).orElse(null), costs.connected()));
        cost.setId("resource-cost");
        add(cost);
        if (r.pendingChange() != null) {
            Div pending = new Div(new Span((r.pendingAction() == RequestAction.UPDATE ? "An update" : "A termination")
                    + " is under way: "), new RouterLink("request", RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, r.pendingChange().toString())));
            pending.setId("resource-pending-change");
            add(pending);
        }
        add(new H2("Outputs"));
        Div outputs = new Div();
        outputs.setId("resource-outputs");
        r.outputs().forEach((k, v) -> outputs.add(fact(k, v)));
        if (r.outputs().isEmpty()) {
            outputs.add(new Paragraph("No outputs."));
        }
        add(outputs);
        add(new H2("Parameters"));
        Div values = new Div();
        values.setId("resource-parameters");
        r.parameters().forEach((k, v) -> values.add(fact(k, v)));
        add(values);
        boolean changeable = r.status() == RequestStatus.PROVISIONED && r.pendingChange() == null;
        update.setId("resource-update");
        update.setEnabled(changeable);
        update.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(UpdateResourceView.class,
                new RouteParameters(ID, r.id().toString()))));
        terminate.setId("resource-terminate");
        terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        terminate.setEnabled(changeable);
        terminate.addClickListener(e -> openConfirm());
        add(new Div(update, terminate));
    }

    /** AWS reports the product TAINTED or ERROR: its message, the request that left it so, and what repairs it. */
    static Div healthNotice(ProvisionedResource r) {
        Div notice = new Div();
        notice.setId("resource-health-notice");
        notice.addClassName("notice");
        notice.getStyle().set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin", "var(--lumo-space-s) 0");
        Paragraph what = new Paragraph("AWS reports this provisioned product as " + r.health().status() + ": "
                + (r.health().message() == null ? "no message from AWS" : r.health().message()));
        what.getStyle().set("color", "var(--lumo-error-text-color)");
        what.setId("resource-health-message");
        notice.add(what);
        if (r.health().reportedBy() != null && !r.health().reportedBy().equals(r.id())) {
            RouterLink request = new RouterLink("the request that left it so", RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, r.health().reportedBy().toString()));
            request.setId("resource-health-request");
            notice.add(new Div(new Span("See "), request, new Span(" (Retry it there once the cause is fixed).")));
        }
        notice.add(new Paragraph(r.health().status() == dev.skyway.portal.provisioning.ProductStatus.ERROR
                ? "A product in ERROR is repaired by updating it: retry the failed request, or update the parameters "
                + "with values AWS can apply. Terminating it is possible too."
                : "A TAINTED product still runs as it was before the failed change: retry that change, update the "
                + "parameters, or terminate it."));
        return notice;
    }

    void openConfirm() {
        confirm.removeAll();
        confirm.getFooter().removeAll();
        confirm.setHeaderTitle("Terminate " + resource.name() + "?");
        terminateJustification.setId("terminate-justification");
        terminateJustification.setHelperText("Why; approvers read this");
        terminateJustification.setInvalid(false);
        confirm.add(new Paragraph("This asks for approval to delete " + resource.name() + " (" + resource.product()
                .productName() + " in " + resource.target().environment() + ", account " + resource.target().accountId()
                + ") and everything in it. It cannot be undone."), terminateJustification);
        confirmTerminate.setId("terminate-confirm");
        confirmTerminate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> confirm.close());
        confirm.getFooter().add(cancel, confirmTerminate);
        add(confirm);
        confirm.open();
    }

    /** The confirmation dialog's "Terminate": asks for termination; stays open with the message when refused. */
    void terminateConfirmed() {
        try {
            ProductRequest request = resources.requestTermination(resource.id(), terminateJustification.getValue());
            confirm.close();
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, request.id().toString())));
        } catch (RequestValidationException e) {
            terminateJustification.setErrorMessage("Justification " + e.violations().getFirst().message());
            terminateJustification.setInvalid(true);
        } catch (RequestStateException e) {
            terminateJustification.setErrorMessage(e.getMessage());
            terminateJustification.setInvalid(true);
        }
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        return new Div(name, new Span(value == null || value.isBlank() ? "—" : value));
    }
}
