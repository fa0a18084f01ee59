package dev.skyway.portal.platform.ui.kit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * Links between the pages of one area (compliance's overview, findings, waivers…; the approvals inbox and what one
 * decided), drawn as tabs, the current page's link marked with {@code aria-current="page"}. Plain links rather than
 * Vaadin's {@code Tabs}: each section is its own route (bookmarkable, one step of the back button), and the bar
 * costs no round trip when the page loads (the Tabs component reports its selection back to the server right after
 * it is drawn).
 */
public class SectionLinks extends Nav {

    private final String current;

    /**
     * @param label   what the links are, for assistive technology (e.g. "Compliance")
     * @param current the route of the page that shows the bar
     */
    public SectionLinks(String id, String label, String current) {
        this.current = current;
        setId(id);
        addClassName("section-links");
        getElement().setAttribute("aria-label", label);
    }

    /** Adds a link to {@code route} (a path in the app, without the leading slash). */
    public SectionLinks link(String text, String route) {
        Anchor link = new Anchor(route, text);
        if (route.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        add(link);
        return this;
    }
}
