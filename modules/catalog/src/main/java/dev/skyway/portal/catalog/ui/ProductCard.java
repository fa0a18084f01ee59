package dev.skyway.portal.catalog.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.ProductSummary;
import dev.skyway.portal.platform.ui.kit.Formats;

/** One product in the catalog grid of cards; its name links to the product page. */
class ProductCard extends Div {

    ProductCard(ProductSummary product) {
        addClassNames("card", "product-card");
        getElement().setAttribute("data-product-id", product.id());
        RouterLink link = new RouterLink(product.name(), ProductView.class,
                new RouteParameters(ProductView.PRODUCT_ID, product.id()));
        H3 title = new H3(link);
        if (product.deprecated()) {
            title.add(new com.vaadin.flow.component.Text(" "), Badges.deprecated());
        }
        add(title);
        if (product.description() != null) {
            add(new Paragraph(product.description()));
        }
        Div meta = new Div();
        meta.addClassName("product-card-meta");
        meta.add(line("Portfolio", product.portfolios().stream().map(Portfolio::name)
                .collect(Collectors.joining(", "))));
        meta.add(line("Version", product.version() == null ? "—" : product.version().name()));
        meta.add(line("Est. monthly", product.estimatedMonthlyCost() == null ? "not estimated"
                : Formats.money(product.estimatedMonthlyCost().amount(), product.estimatedMonthlyCost().currency())
                + " (defaults)"));
        add(meta);
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        return new Div(name, new Span(value));
    }
}
