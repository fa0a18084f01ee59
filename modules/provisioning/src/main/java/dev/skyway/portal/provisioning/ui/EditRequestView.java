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
import dev.skyway.portal.provisioning.ProductRequestChanges;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestProgress;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestValidationException;
import dev.skyway.portal.provisioning.RequestViolation;
import dev.skyway.portal.provisioning.SentBackChanges;

/**
 * "Edit and resubmit": the request form of a request an approver sent back, prefilled with its values and the
 * approver's comment on top. Secret (NoEcho) fields start empty and are never filled: left empty they keep the value
 * given before (for an update: the value typed before, or the resource's current one), typed in they replace it. The
 * server checks the edit with the same rules as a new request. An UPDATE of a provisioned product is edited in the
 * update form (the product's current version; environment, account and cost center are the resource's); a TERMINATE
 * has nothing to edit (it is resubmitted with a note on the request page).
 */
@Route("requests/:id/edit")
@PageTitle("Edit request · Skyway")
@RolesAllowed({"ENGINEER", "PLATFORM_ADMIN"}) // platform admins ask for updates of resources too
public class EditRequestView extends ProductRequestView {

    static final String KEEP_SECRET = "Leave empty to keep the value you gave before";

    private final transient Catalog catalog;
    private final transient ProductRequests requests;
    private final transient ProductRequestChanges changes;
    private final transient SentBackChanges sentBack;
    private UUID requestId;
    /** Whether the request is an UPDATE of a provisioned product (else a CREATE). */
    boolean update;

    EditRequestView(Catalog catalog, ProductRequests requests, ProductRequestChanges changes,
                    SentBackChanges sentBack, NetworkPickers networkPickers) {
        super(catalog, requests, networkPickers);
        this.catalog = catalog;
        this.requests = requests;
        this.changes = changes;
        this.sentBack = sentBack;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            edit(UUID.fromString(event.getRouteParameters().get(RequestDetailView.ID).orElse("")));
        } catch (IllegalArgumentException | AccessDeniedException | ProductNotFoundException e) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_TEXT, "Nothing to edit",
                    "Only your own requests that an approver sent back can be edited.",
                    new RouterLink("Back to my requests", MyRequestsView.class)));
        }
    }

    /** Shows the prefilled form. @throws AccessDeniedException when the caller may not edit this request */
    void edit(UUID id) {
        RequestProgress progress = changes.progress(id);
        if (!progress.canEdit() || progress.action() == RequestAction.TERMINATE) {
            throw new AccessDeniedException("Not editable");
        }
        this.requestId = id;
        this.update = progress.action() == RequestAction.UPDATE;
        ProductRequest r = requests.get(id);
        show(catalog.product(r.product().productId(), update ? null : r.product().versionId()));
        parameterFields.forEach((key, field) -> {
            if (field instanceof PasswordField secret) {
                secret.setHelperText(KEEP_SECRET + (secret.getHelperText() == null || secret.getHelperText().isBlank()
                        ? "" : " · " + secret.getHelperText()));
            } else if (r.parameters().containsKey(key)) {
                field.setValue(r.parameters().get(key));
            } else {
                field.clear();
            }
        });
        environment.setValue(r.target().environment());
        accountId.setValue(r.target().accountId());
        justification.setValue(r.purpose().justification());
        costCenter.setValue(r.purpose().costCenter() == null ? "" : r.purpose().costCenter());
        tags.setValue(r.tags());
        if (update) {
            environment.setReadOnly(true);
            accountId.setReadOnly(true);
            costCenter.setReadOnly(true);
            tags.setEnabled(false); // an update keeps the resource's tags
        }
        submit.setText(update ? "Resubmit the update" : "Resubmit");
        Div notice = new Div(new Paragraph("An approver asked for changes: " + r.statusReason()),
                new Paragraph(update ? "Edit the update of " + r.provisionedName() + " and resubmit it; every "
                        + "earlier approval starts over." : "Edit the request and resubmit it; every earlier "
                        + "approval starts over."));
        notice.setId("changes-requested");
        notice.addClassName("notice");
        addComponentAsFirst(notice);
    }

    @Override
    List<RequestViolation> check(NewProductRequest request) {
        return update ? sentBack.checkUpdate(requestId, request.parameters(), request.justification())
                : changes.check(requestId, request);
    }

    @Override
    void submit() {
        try {
            NewProductRequest request = request();
            if (update) {
                sentBack.resubmitUpdate(requestId, request.parameters(), request.justification());
            } else {
                changes.resubmit(requestId, request);
            }
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, requestId.toString())));
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
