package dev.skyway.portal.incidents.internal.lifecycle;

import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/** Who runs an incident: its commander, a platform admin, or anyone while nobody commands it. */
public final class CommandRule {

    private CommandRule() {
    }

    public static boolean mayRun(Incident incident, PortalUser user) {
        return incident.commander() == null || incident.commander().key().equals(user.key())
                || user.roles().contains(Role.PLATFORM_ADMIN);
    }

    /** @throws AccessDeniedException naming the commander, when {@code user} may not {@code what} */
    public static void check(Incident incident, PortalUser user, String what) {
        if (!mayRun(incident, user)) {
            throw new AccessDeniedException(incident.reference() + " is commanded by " + incident.commander().name()
                    + ": only they (or a platform admin) " + what);
        }
    }
}
