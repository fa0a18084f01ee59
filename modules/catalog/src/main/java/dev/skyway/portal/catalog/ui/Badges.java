package dev.skyway.portal.catalog.ui;

import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.catalog.ProductStatus;

/** Lumo badges the catalog views share. */
final class Badges {

    private Badges() {
    }

    static Span deprecated() {
        Span badge = new Span("Deprecated");
        badge.getElement().getThemeList().add("badge error small");
        badge.addClassName("deprecated-badge");
        return badge;
    }

    /** AWS's status of a provisioned product: green "Available", red "Tainted"/"Error", grey "Unknown" for null. */
    static Span health(ProductStatus status) {
        Span badge = new Span(status == null ? "Unknown" : switch (status) {
            case AVAILABLE -> "Available";
            case TAINTED -> "Tainted";
            case ERROR -> "Error";
        });
        badge.getElement().getThemeList().add(status == null ? "badge contrast small"
                : status.healthy() ? "badge success small" : "badge error small");
        badge.addClassName("resource-health");
        if (status == null) {
            badge.setTitle("The portal has not heard from AWS about this product since it started keeping its status");
        }
        return badge;
    }

    static Span plain(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast small");
        return badge;
    }
}
