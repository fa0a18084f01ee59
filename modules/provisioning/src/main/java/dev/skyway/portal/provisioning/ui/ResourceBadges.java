package dev.skyway.portal.provisioning.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.provisioning.ProductStatus;

/** Lumo badges of provisioned resources. */
final class ResourceBadges {

    private ResourceBadges() {
    }

    /** AWS's status of a provisioned product: green "Available", red "Tainted"/"Error", grey "Unknown" when absent. */
    static Span health(@Nullable ProductStatus status) {
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
}
