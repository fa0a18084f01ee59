package dev.skyway.portal.incidents;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/** A person in an incident: who they are (their key) and how they are shown. */
public record Participant(UserKey key, String name) {

    public static Participant of(PortalUser user) {
        return new Participant(user.key(), user.name());
    }
}
