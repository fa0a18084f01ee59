package dev.skyway.portal.app.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;

/** A local demo user: Spring Security's user details carrying the portal's user model. */
final class DemoUser implements UserDetails, CredentialsContainer, PortalPrincipal {

    private final PortalUser user;
    private @Nullable String passwordHash;

    DemoUser(PortalUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    @Override
    public PortalUser portalUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    static List<GrantedAuthority> authorities(PortalUser user) {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "DemoUser[" + user.username() + "]";
    }
}
