package dev.skyway.portal.catalog.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.catalog.ProductNotFoundException;
import dev.skyway.portal.catalog.ProductVersion;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.RolesAllowed;

/**
 * One product: what it is, its versions, and the parameters of the chosen version grouped as the template's
 * interface metadata groups them, with their constraints ({@code ?version=<id>} picks a version).
 */
@Route("catalog/:productId")
@PageTitle("Product · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "PLATFORM_ADMIN"})
public class ProductView extends Div implements BeforeEnterObserver {

    public static final String PRODUCT_ID = "productId";
    static final String VERSION = "version";

    private final transient Catalog catalog;
    private final transient CurrentUser currentUser;

    final Select<ProductVersion> version = new Select<>();
    final Div parameters = new Div();

    ProductView(Catalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String productId = event.getRouteParameters().get(PRODUCT_ID).orElse("");
        String versionId = event.getLocation().getQueryParameters().getSingleParameter(VERSION).orElse(null);
        try {
            show(catalog.product(productId, versionId));
        } catch (ProductNotFoundException e) {
            add(new EmptyState(VaadinIcon.PACKAGE, "No such product", e.getMessage(),
                    new RouterLink("Back to the catalog", CatalogView.class)));
        }
    }

    void show(ProductDetail product) {
        add(new RouterLink("← Catalog", CatalogView.class));
        add(new PageHeader(product.name(), product.description()));
        Div facts = new Div();
        facts.addClassName("product-facts");
        facts.add(fact("Owner", product.owner()));
        facts.add(fact("Portfolio", product.portfolios().stream().map(Portfolio::name)
                .collect(Collectors.joining(", "))));
        facts.add(fact("Estimated monthly cost", product.estimatedMonthlyCost() == null ? "no cost model"
                : Formats.money(product.estimatedMonthlyCost().amount(), product.estimatedMonthlyCost().currency())
                + " with the default values"));
        if (product.supportUrl() != null) {
            facts.add(new Div(new Span("Support: "), SupportLink.of(product.supportUrl())));
        }
        add(facts);
        version.setLabel("Version");
        version.setId("product-version");
        version.setItems(product.versions());
        version.setItemLabelGenerator(v -> v.name() + (v.deprecated() ? " (deprecated)" : ""));
        version.setValue(product.version());
        version.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ProductView.class,
                        new RouteParameters(PRODUCT_ID, product.id()),
                        QueryParameters.of(VERSION, e.getValue().id())));
            }
        });
        add(version);
        // engineers request (the request route is theirs); approvers and admins only read the product
        if (!product.requestableVersions().isEmpty() && currentUser.getOrSystem().hasRole(Role.ENGINEER)) {
            Button request = new Button("Request", VaadinIcon.CART.create(), e -> getUI().ifPresent(ui ->
                    ui.navigate(requestRoute(product.id()))));
            request.setId("request-product");
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(request);
        }
        if (product.version().deprecated()) {
            Paragraph notice = new Paragraph("This version is deprecated: it stays visible for existing stacks but "
                    + "cannot be requested.");
            notice.addClassName("deprecated-notice");
            add(Badges.deprecated(), notice);
        }
        parameters.setId("product-parameters");
        parameters.removeAll();
        groups(product.parameters()).forEach((group, members) -> {
            parameters.add(new H2(group));
            members.forEach(p -> parameters.add(new ParameterRow(p)));
        });
        add(parameters);
        if (!product.tagOptions().isEmpty()) {
            add(new H2("Tags you choose when requesting"));
            product.tagOptions().forEach((key, values) -> add(fact(key, String.join(", ", values))));
        }
    }

    /** Group label -> parameters, in form order; ungrouped ones under "Other parameters". */
    /** Parameters by their template's interface group, in template order (ungrouped ones under "Parameters"). */
    public static Map<String, List<ParameterDescriptor>> groups(List<ParameterDescriptor> parameters) {
        return parameters.stream().collect(Collectors.groupingBy(
                p -> p.group() == null ? "Other parameters" : p.group(), LinkedHashMap::new, Collectors.toList()));
    }

    private static Div fact(String label, @Nullable String value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        return new Div(name, new Span(value == null || value.isBlank() ? "—" : value));
    }

    /** The request form's route (the provisioning module's view; the catalog does not depend on it). */
    static String requestRoute(String productId) {
        return "catalog/" + productId + "/request";
    }
}
