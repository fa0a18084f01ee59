package dev.skyway.portal.platform.home;

import java.util.List;

import dev.skyway.portal.platform.identity.PortalUser;

/**
 * One module's part of the start page. Implementations are Spring beans; they decide from the user's roles and teams
 * what to show and return nothing when the user has no business there.
 */
public interface HomeSection {

    /** The cards for {@code user}, each already scoped to what the user may see; empty when none apply. */
    List<HomeCard> cards(PortalUser user);
}
