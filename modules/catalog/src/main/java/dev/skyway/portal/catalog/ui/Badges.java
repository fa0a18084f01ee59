package dev.skyway.portal.catalog.ui;

import com.vaadin.flow.component.html.Span;

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

    static Span plain(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast small");
        return badge;
    }
}
