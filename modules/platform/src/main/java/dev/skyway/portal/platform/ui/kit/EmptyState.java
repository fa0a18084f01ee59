package dev.skyway.portal.platform.ui.kit;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list or chart shows when there is nothing yet: what it would show, and what to do next. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, @Nullable String hint, @Nullable Component action) {
        addClassName("empty-state");
        Icon i = icon.create();
        i.addClassName("empty-state-icon");
        add(i, new Span(title));
        getElement().setAttribute("role", "status");
        if (hint != null) {
            add(new Paragraph(hint));
        }
        if (action != null) {
            add(action);
        }
    }
}
