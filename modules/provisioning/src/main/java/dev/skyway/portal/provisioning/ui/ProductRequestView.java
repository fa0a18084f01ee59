package dev.skyway.portal.provisioning.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.catalog.ProductNotFoundException;
import dev.skyway.portal.catalog.ui.CatalogView;
import dev.skyway.portal.catalog.ui.ParameterRow;
import dev.skyway.portal.catalog.ui.ProductView;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.provisioning.NetworkPickers;
import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestValidationException;
import dev.skyway.portal.provisioning.RequestViolation;

/**
 * The request form of a product's default version: one field per template parameter in template order and groups
 * (a select for allowed values, a password field for NoEcho, defaults filled in, descriptions and constraints as
 * help), then environment, account, justification and cost center, then the tags (a required select per TagOption,
 * optional free tags). "Review" checks everything on the server (each
 * field shows its own message) and shows the estimate and who will approve; "Submit" stores it and opens the request.
 */
@Route("catalog/:productId/request")
@PageTitle("Request a product · Skyway")
@RolesAllowed("ENGINEER")
public class ProductRequestView extends Div implements BeforeEnterObserver {

    private final transient Catalog catalog;
    private final transient ProductRequests requests;
    final ParameterPickers pickers;

    final Map<String, HasValue<?, String>> parameterFields = new LinkedHashMap<>();
    final Select<String> environment = new Select<>();
    final TextField accountId = new TextField("AWS account id");
    final TextArea justification = new TextArea("Justification");
    final TextField costCenter = new TextField("Cost center (optional)");
    final Button review = new Button("Review");
    final Button submit = new Button("Submit request");
    final Div reviewSection = new Div();
    TagsEditor tags;
    private ProductDetail product;

    ProductRequestView(Catalog catalog, ProductRequests requests, NetworkPickers networkPickers) {
        this.catalog = catalog;
        this.requests = requests;
        this.pickers = new ParameterPickers(networkPickers);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String productId = event.getRouteParameters().get(ProductView.PRODUCT_ID).orElse("");
        try {
            show(catalog.product(productId, null));
        } catch (ProductNotFoundException e) {
            add(new EmptyState(VaadinIcon.PACKAGE, "No such product", e.getMessage(),
                    new RouterLink("Back to the catalog", CatalogView.class)));
        }
    }

    void show(ProductDetail detail) {
        this.product = detail;
        pickers.reset();
        add(new RouterLink("← " + detail.name(), ProductView.class,
                new RouteParameters(ProductView.PRODUCT_ID, detail.id())));
        add(new PageHeader("Request " + detail.name(), "Version " + detail.version().name()
                + ". Approvers see every value except secrets."));
        Div form = new Div();
        form.addClassName("request-form");
        form.setId("request-form");
        // the target comes first: the pickers of AWS-specific parameters list what exists in that account
        form.add(new H2("Where"));
        environment.setLabel("Environment");
        environment.setId("request-environment");
        accountId.setId("request-account");
        justification.setId("request-justification");
        costCenter.setId("request-cost-center");
        review.setId("request-review-button");
        submit.setId("request-submit");
        environment.setItems(ProductRequests.ENVIRONMENTS);
        environment.setValue("dev");
        accountId.setHelperText("The 12-digit AWS account to provision into");
        accountId.setMaxLength(12);
        accountId.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        accountId.addValueChangeListener(e -> pickers.accountChanged(e.getValue()));
        justification.setMaxLength(ProductRequests.MAX_JUSTIFICATION);
        justification.setHelperText("Why you need it; approvers read this");
        costCenter.setMaxLength(ProductRequests.MAX_COST_CENTER);
        form.add(environment, accountId);
        ProductView.groups(detail.parameters()).forEach((group, members) -> {
            form.add(new H2(group));
            members.forEach(p -> {
                HasValue<?, String> field = field(p);
                form.add((Component) field);
                if (NetworkPickers.resolves(p)) {
                    form.add(pickers.resolvedValue(p, field));
                }
            });
        });
        form.add(new H2("Why"));
        form.add(justification, costCenter);
        tags = new TagsEditor(detail.tagOptions(), () -> submit.setEnabled(false));
        form.add(tags);
        add(form);
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(e -> review());
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        submit.addClickListener(e -> submit());
        reviewSection.setId("request-review");
        add(review, reviewSection, submit);
    }

    private HasValue<?, String> field(ParameterDescriptor p) {
        HasValue<?, String> field;
        String help = String.join(" · ", java.util.stream.Stream.concat(
                java.util.stream.Stream.ofNullable(p.description()), ParameterRow.constraints(p).stream()).toList());
        if (NetworkPickers.picks(p) && !p.noEcho()) {
            field = pickers.field(p, help);
        } else if (p.noEcho()) {
            PasswordField secret = new PasswordField(p.label());
            secret.setHelperText(help);
            field = secret;
        } else if (!p.allowedValues().isEmpty() && !p.list()) {
            Select<String> select = new Select<>();
            select.setLabel(p.label());
            select.setItems(p.allowedValues());
            select.setHelperText(help);
            field = select;
        } else {
            TextField text = new TextField(p.label());
            text.setHelperText(help);
            if (p.numeric() && !p.list()) {
                text.setAllowedCharPattern("[-+0-9.]");
            }
            field = text;
        }
        if (p.defaultValue() != null && !p.noEcho()) {
            field.setValue(p.defaultValue());
        }
        ((Component) field).getElement().setAttribute("data-parameter", p.key());
        field.addValueChangeListener(e -> submit.setEnabled(false));
        parameterFields.put(p.key(), field);
        return field;
    }

    NewProductRequest request() {
        Map<String, String> values = new LinkedHashMap<>();
        parameterFields.forEach((key, field) -> values.put(key, field.getValue() == null ? "" : field.getValue()));
        return new NewProductRequest(product.id(), product.version().id(), environment.getValue(),
                accountId.getValue().strip(), values, justification.getValue(), costCenter.getValue(),
                tags.value());
    }

    void review() {
        NewProductRequest request = request();
        reviewSection.removeAll();
        if (!showViolations(check(request))) {
            submit.setEnabled(false);
            return;
        }
        Money cost = catalog.estimateMonthlyCost(product.id(), product.version().id(), request.parameters())
                .orElse(null);
        reviewSection.add(new H2("Review"));
        reviewSection.add(new Paragraph("Estimated monthly cost: " + (cost == null ? "unknown (no cost model)"
                : Formats.money(cost.amount(), cost.currency()))));
        RoutePreview route = requests.preview(request);
        if (route.autoApproved()) {
            reviewSection.add(new Paragraph("Approved automatically (rule " + route.ruleName() + ")."));
        } else {
            UnorderedList stages = new UnorderedList();
            route.stages().forEach(s -> stages.add(new ListItem(s.name() + ": " + String.join(", ", s.approvers())
                    + (s.held() ? " (held until a platform admin releases it)" : ""))));
            reviewSection.add(new Paragraph("Who will approve (rule " + route.ruleName() + "):"), stages);
        }
        submit.setEnabled(true);
    }

    /** The server's verdict on the form's values (the edit form asks about its own request). */
    List<RequestViolation> check(NewProductRequest request) {
        return requests.check(request);
    }

    void submit() {
        try {
            ProductRequest created = requests.submit(request());
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters(RequestDetailView.ID, created.id().toString())));
        } catch (RequestValidationException e) {
            showViolations(e.violations());
            submit.setEnabled(false);
        }
    }

    /** Puts each message on its field; true when there were none. */
    boolean showViolations(List<RequestViolation> violations) {
        List<HasValidation> all = new java.util.ArrayList<>();
        parameterFields.values().forEach(f -> all.add((HasValidation) f));
        all.addAll(List.of(environment, accountId, justification, costCenter));
        all.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        tags.clearValidation();
        for (RequestViolation v : violations) {
            if (tags.show(v)) {
                continue;
            }
            HasValidation target = switch (v.field()) {
                case "environment" -> environment;
                case "accountId" -> accountId;
                case "justification" -> justification;
                case "costCenter" -> costCenter;
                default -> v.parameterKey() == null ? null : (HasValidation) parameterFields.get(v.parameterKey());
            };
            if (target == null) {
                reviewSection.add(new Paragraph(v.field() + " " + v.message()));
                continue;
            }
            String previous = target.getErrorMessage();
            target.setErrorMessage(previous == null || previous.isBlank() ? capitalized(v.message())
                    : previous + "; " + v.message());
            target.setInvalid(true);
        }
        return violations.isEmpty();
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
