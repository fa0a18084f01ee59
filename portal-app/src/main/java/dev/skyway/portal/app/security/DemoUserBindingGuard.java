package dev.skyway.portal.app.security;

import java.net.InetAddress;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses to start with demo users (well-known passwords) when the server listens on a non-loopback address,
 * unless explicitly allowed.
 */
final class DemoUserBindingGuard implements InitializingBean {

    private final @Nullable InetAddress serverAddress;
    private final boolean allowRemote;

    /** Without a {@code serverAddress} the server listens on all interfaces. */
    DemoUserBindingGuard(@Nullable InetAddress serverAddress, boolean allowRemote) {
        this.serverAddress = serverAddress;
        this.allowRemote = allowRemote;
    }

    @Override
    public void afterPropertiesSet() {
        boolean loopbackOnly = serverAddress != null && serverAddress.isLoopbackAddress();
        if (!loopbackOnly && !allowRemote) {
            throw new IllegalStateException("The demo users (password 'demo') are enabled but the server listens on "
                    + (serverAddress == null ? "all interfaces" : serverAddress.getHostAddress())
                    + ". Bind to 127.0.0.1 (SERVER_ADDRESS), switch to OIDC (SPRING_PROFILES_ACTIVE=oidc), or set "
                    + "PORTAL_SECURITY_DEMOUSERS_ALLOWREMOTE=true if you really want this.");
        }
    }
}
