package dev.skyway.portal.platform.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.identity.PortalUser;

/** The actor of an audited event, kept small so events stay serializable. */
public record AuditActor(String issuer, String subject, @Nullable String name) {

    public AuditActor {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
    }

    public static AuditActor of(PortalUser user) {
        return new AuditActor(user.issuer(), user.subject(), user.name());
    }
}
