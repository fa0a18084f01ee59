package dev.skyway.portal.provisioning.ui;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.provisioning.DriftStates;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.StackDriftState;

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

    /**
     * The stack's drift as its last check found: a red "Drifted (n resources)" linking to the drift page, a green
     * "In sync", grey otherwise; an empty span when never checked (or compliance is not there).
     */
    static Component drift(UUID resourceId, @Nullable StackDriftState state) {
        if (state == null) {
            return new Span();
        }
        String checked = state.checkedAt() == null ? "" : " (checked " + Formats.dateTime(state.checkedAt()) + ")";
        if (state.drifted()) {
            Anchor badge = new Anchor(DriftStates.pageOf(resourceId), "Drifted (" + state.driftedResources()
                    + (state.driftedResources() == 1 ? " resource)" : " resources)"));
            badge.getElement().getThemeList().add("badge error small");
            badge.addClassName("resource-drift");
            badge.setTitle("Changed outside CloudFormation" + checked + ": see what differs");
            return badge;
        }
        Span badge = new Span("IN_SYNC".equals(state.status()) ? "In sync" : "Drift " + state.status().toLowerCase(
                java.util.Locale.ROOT).replace('_', ' '));
        badge.getElement().getThemeList().add("IN_SYNC".equals(state.status()) ? "badge success small"
                : "badge contrast small");
        badge.addClassName("resource-drift");
        badge.setTitle("Last drift check" + checked);
        return badge;
    }
}
