package dev.skyway.portal.accounts;

import com.vaadin.flow.component.Component;

/**
 * Extension point of the account detail page: a Spring bean implementing this contributes one section (e.g. a later
 * module's costs, compliance findings or vending history for the account). The page shows the sections of every
 * bean, ordered by {@link #order()}, below the account's own facts; a section that returns an empty result is left
 * out (no empty tabs). Implementations live in the contributing module and call only their own facade, so the
 * dependency points from that module to this one.
 */
public interface AccountSection {

    /** The section heading, e.g. "Costs". */
    String title();

    /** Smaller comes first. */
    default int order() {
        return 100;
    }

    /**
     * Builds the section for one account, called on the UI thread when the page opens (keep it quick).
     *
     * @return empty to leave the section out for this account (e.g. nothing to show, or the user may not see it)
     */
    java.util.Optional<Component> render(Account account);
}
