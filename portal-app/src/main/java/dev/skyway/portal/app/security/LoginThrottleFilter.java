package dev.skyway.portal.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 429 with {@code Retry-After} to a password login (the login form's POST, or HTTP Basic) whose username or
 * client address is throttled, before the password is checked: no password hashing, no ledger entry.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        Optional<Duration> wait = username == null ? Optional.empty()
                : throttle.retryAfter(username, clientAddress(request));
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ceilSeconds(wait.get()))));
            ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins for this user or from this address. Try again later.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The username of a password login, if the request carries one. */
    static @Nullable String attemptedUsername(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null; // Spring Security's Basic filter answers it
            }
        }
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            return request.getParameter("username");
        }
        return null;
    }

    static String clientAddress(HttpServletRequest request) {
        // the proxy's X-Forwarded-For is applied by the server (server.forward-headers-strategy=native)
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    private static long ceilSeconds(Duration duration) {
        return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    }
}
