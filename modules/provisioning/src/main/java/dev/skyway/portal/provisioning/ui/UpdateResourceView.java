package dev.skyway.portal.provisioning.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ProductNotFoundException;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.provisioning.NetworkPickers;
import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.ProvisionedResource;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestValidationException;
import dev.skyway.portal.provisioning.RequestViolation;

/**
 * "Update parameters" of a provisioned product: the request form of the product's current version, prefilled with
 * the resource's current values (secrets empty: left empty they keep their value). Environment, account and cost
 * center are the resource's and cannot change. Submitting asks for approval of the update.
 */
@Route("resources/:id/update")
@PageTitle("Update resource · Skyway")
@RolesAllowed({"ENGINEER", "PLATFORM_ADMIN"})
public class UpdateResourceView extends ProductRequestView {

    private final transient Catalog catalog;
    private final transient ProvisionedResources resources;
    private ProvisionedResource resource;

    UpdateResourceView(Catalog catalog, ProductRequests requests, ProvisionedResources resources,
                       NetworkPickers networkPickers) {
        super(catalog, requests, networkPickers);
        this.catalog = catalog;
        this.resources = resources;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            edit(UUID.fromString(event.getRouteParameters().get(ResourceDetailView.ID).orElse("")));
        } catch (IllegalArgumentException | AccessDeniedException | ProductNotFoundException e) {
            add(new EmptyState(VaadinIcon.CUBES, "Nothing to update", "It does not exist, or it is not yours or "
                    + "your team's.", new RouterLink("Back to my resources", MyResourcesView.class)));
        }
    }

    /** Shows the prefilled form. @throws AccessDeniedException when the caller may not see the resource */
    void edit(UUID id) {
        resource = resources.get(id);
        show(catalog.product(resource.product().productId(), null));
        parameterFields.forEach((key, field) -> {
            if (field instanceof PasswordField secret) {
                secret.setHelperText(EditRequestView.KEEP_SECRET);
            } else if (resource.parameters().containsKey(key)) {
                field.setValue(resource.parameters().get(key));
            }
        });
        environment.setValue(resource.target().environment());
        environment.setReadOnly(true);
        accountId.setValue(resource.target().accountId());
        accountId.setReadOnly(true);
        costCenter.setReadOnly(true);
        submit.setText("Ask for the update");
        Div notice = new Div(new Paragraph("Updating " + resource.name() + " (" + resource.product().productName()
                + " " + resource.product().versionName() + "). The update is approved like a new request, then applied "
                + "in place."));
        notice.setId("update-notice");
        notice.addClassName("notice");
        addComponentAsFirst(notice);
    }

    @Override
    List<RequestViolation> check(NewProductRequest request) {
        return resources.checkUpdate(resource.id(), request.parameters(), request.justification());
    }

    @Override
    void submit() {
        try {
            NewProductRequest request = request();
            ProductRequest created = resources.requestUpdate(resource.id(), request.parameters(),
                    request.justification());
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, created.id().toString())));
        } catch (RequestValidationException e) {
            showViolations(e.violations());
            submit.setEnabled(false);
        } catch (RequestStateException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            submit.setEnabled(false);
        }
    }
}
