package dev.skyway.portal.incidents.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.SectionLinks;

/** Where the incident views live, and links into the rest of the portal. */
final class IncidentLinks {

    static final String LIST = "incidents";
    static final String ALERTS = "incidents/alerts";
    static final String INTEGRATIONS = "incidents/integrations";
    static final String METRICS = "incidents/metrics";

    private IncidentLinks() {
    }

    /**
     * The row of links between the incidents pages, the current one marked; Integrations only for whoever may open it
     * (platform admins).
     */
    static SectionLinks sections(String current, CurrentUser currentUser) {
        SectionLinks links = new SectionLinks("incidents-sections", "Incidents", current).link("Incidents", LIST)
                .link("Alerts", ALERTS).link("Metrics", METRICS);
        return isAdmin(currentUser) ? links.link("Integrations", INTEGRATIONS) : links;
    }

    static boolean isAdmin(CurrentUser currentUser) {
        return currentUser.find().map(user -> user.hasRole(Role.PLATFORM_ADMIN)).orElse(false);
    }

    static String incident(UUID id) {
        return "incidents/" + id;
    }

    /** The postmortem page of a resolved incident (another part of the module builds it). */
    static String postmortem(UUID id) {
        return "incidents/" + id + "/postmortem";
    }

    /** The account in the inventory. */
    static Anchor account(String accountId) {
        Anchor link = new Anchor("accounts/" + accountId, accountId);
        link.addClassName("account-link");
        return link;
    }
}
