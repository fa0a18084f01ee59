package dev.skyway.portal.platform.ui.kit;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's title, a one-line explanation, and its main actions on the right. */
public class PageHeader extends HorizontalLayout {

    public PageHeader(String title, @Nullable String description, Component... actions) {
        addClassName("page-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        Div text = new Div(new H1(title));
        text.addClassName("page-header-text");
        if (description != null) {
            Paragraph p = new Paragraph(description);
            p.addClassName("page-header-description");
            text.add(p);
        }
        add(text);
        setFlexGrow(1, text);
        HorizontalLayout buttons = new HorizontalLayout(actions);
        buttons.setSpacing(true);
        add(buttons);
    }
}
