package dev.skyway.portal.platform.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;

/**
 * Links between the pages of one area, drawn as tabs, the current page's link marked. Plain router links rather
 * than Vaadin's {@code Tabs}: each section is its own route (bookmarkable, with its own back-button step), and the
 * tab bar costs no round trip of its own when the page loads (the Tabs component reports its selection back to the
 * server right after it is drawn).
 */
public class SectionLinks extends Nav {

    public SectionLinks(String id, String label) {
        setId(id);
        addClassName("section-links");
        getElement().setAttribute("aria-label", label);
    }

    /** Adds a link to {@code view}; it is marked while that view is the current page. */
    public SectionLinks link(String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.setHighlightCondition(HighlightConditions.sameLocation());
        add(link);
        return this;
    }
}
