package dev.skyway.testsupport;

import java.util.Set;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/** Puts a portal user into the security context of the current thread, as a login would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static PortalUser user(String username, Role... roles) {
        return new PortalUser(PortalUser.LOCAL_ISSUER, username, username, username + " Name",
                username + "@example.com", "payments", Set.of(), Set.of(roles));
    }

    /** A user of another identity provider: same-looking usernames there are other people. */
    public static PortalUser user(String issuer, String subject, String username, Role... roles) {
        return new PortalUser(issuer, subject, username, username + " Name", username + "@example.com", "payments",
                Set.of(), Set.of(roles));
    }

    public static PortalUser loginAs(String username, Role... roles) {
        return loginAs(user(username, roles));
    }

    public static PortalUser loginAs(PortalUser user) {
        PortalPrincipal principal = () -> user;
        String[] authorities = user.roles().stream().map(Role::authority).toArray(String[]::new);
        TestingAuthenticationToken token = new TestingAuthenticationToken(principal, null, authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
        return user;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
