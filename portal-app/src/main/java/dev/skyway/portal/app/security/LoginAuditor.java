package dev.skyway.portal.app.security;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthorizationCodeAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Interactive logins go to the audit ledger; failed authentications are counted by the login throttle and summed
 * into one ledger entry per window ({@link FailedLoginAudit}).
 */
@Component
class LoginAuditor {

    /** Well below the ledger's 255-character subject and target columns. */
    static final int MAX_USERNAME_LENGTH = 100;

    private final AuditLedger ledger;
    private final LoginThrottle throttle;
    private final FailedLoginAudit failedLogins;

    LoginAuditor(AuditLedger ledger, LoginThrottle throttle, FailedLoginAudit failedLogins) {
        this.ledger = ledger;
        this.throttle = throttle;
        this.failedLogins = failedLogins;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal principal) {
            PortalUser user = principal.portalUser();
            ledger.append(AuditActor.of(user), AuditRecord.of("auth.login-succeeded", "user", user.username(),
                    Map.of("roles", user.roles().stream().map(Enum::name).sorted().toList())), null);
        }
    }

    /** A correct password (form or HTTP Basic) ends the username's count of failures. */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken password) {
            throttle.succeeded(password.getName());
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            throttle.failed(authentication.getName(), address);
        }
        failedLogins.failed(new FailedLoginAudit.Attempt(attemptedIdentity(authentication), address,
                event.getException().getClass().getSimpleName()));
    }

    /**
     * Who tried, as far as it can be said without recording a credential: the typed username for a password
     * login, a fixed label otherwise. The name of a failed bearer-token authentication IS the token (which may
     * be a live token for another audience): it must never reach the ledger.
     */
    static String attemptedIdentity(Authentication authentication) {
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            String name = authentication.getName();
            if (name == null || name.isBlank()) {
                return "(no username)";
            }
            String printable = name.strip().replaceAll("\\p{Cntrl}", "?");
            return printable.length() <= MAX_USERNAME_LENGTH ? printable
                    : printable.substring(0, MAX_USERNAME_LENGTH) + "...";
        }
        if (authentication instanceof BearerTokenAuthenticationToken) {
            return "(bearer token)";
        }
        if (authentication instanceof OAuth2LoginAuthenticationToken
                || authentication instanceof OAuth2AuthorizationCodeAuthenticationToken) {
            return "(oidc login)";
        }
        return "(unknown)";
    }
}
