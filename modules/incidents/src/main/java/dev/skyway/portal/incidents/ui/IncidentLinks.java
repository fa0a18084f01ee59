package dev.skyway.portal.incidents.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;

/** Where the incident views live, and links into the rest of the portal. */
final class IncidentLinks {

    static final String LIST = "incidents";
    static final String ALERTS = "incidents/alerts";
    static final String INTEGRATIONS = "incidents/integrations";

    private IncidentLinks() {
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
