package dev.skyway.portal.app.security;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;

/** Interactive logins and failed authentications go to the audit ledger. */
@Component
class LoginAuditor {

    private final AuditLedger ledger;

    LoginAuditor(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal principal) {
            PortalUser user = principal.portalUser();
            ledger.append(AuditActor.of(user), AuditRecord.of("auth.login-succeeded", "user", user.username(),
                    Map.of("roles", user.roles().stream().map(Enum::name).sorted().toList())), null);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        ledger.append(new AuditActor("anonymous", attempted, null), AuditRecord.of("auth.login-failed", "user",
                attempted, Map.of("reason", event.getException().getClass().getSimpleName())), null);
    }
}
