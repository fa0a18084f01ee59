package dev.skyway.portal.catalog.ui;

import com.vaadin.flow.component.html.Span;

/** Lumo badges the catalog views share (and the provisioning module's request form). */
public final class Badges {

    private Badges() {
    }

    public static Span deprecated() {
        Span badge = new Span("Deprecated");
        badge.getElement().getThemeList().add("badge error small");
        badge.addClassName("deprecated-badge");
        return badge;
    }

    public static Span plain(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast small");
        return badge;
    }
}
