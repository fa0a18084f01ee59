package dev.skyway.portal.app.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session that is older than the absolute lifetime, before Spring Security reads the login from it: the
 * request then goes on anonymous, so the UI sends the user to the login page and the API answers 401. A login
 * therefore re-reads the user's roles from the IdP at least once per lifetime, however often the page heartbeats.
 */
final class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration lifetime;

    AbsoluteSessionLifetimeFilter(Clock clock, SessionLifetimeProperties properties) {
        this.clock = clock;
        this.lifetime = properties.absoluteLifetime();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same user ended it first
            }
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session) {
        try {
            return !clock.instant().isBefore(Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime));
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
