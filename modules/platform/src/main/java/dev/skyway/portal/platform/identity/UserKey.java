package dev.skyway.portal.platform.identity;

import java.io.Serializable;
import java.util.Objects;

/**
 * The stable key of a person: the identity provider that vouches for them and the id it gives them. Two logins are
 * the same person exactly when their keys are equal; the username is only a display name (two IdPs may both have an
 * "alice", and a rename keeps the key).
 *
 * <p>The canonical string form is {@code issuer#subject}. OIDC issuer URIs carry no fragment, so the first
 * {@code #} separates the two; the subject may contain further {@code #}.
 *
 * @param issuer  the OIDC issuer URI, {@link PortalUser#LOCAL_ISSUER} for demo users; never blank
 * @param subject the issuer's id for the person (OIDC {@code sub}); never blank
 */
public record UserKey(String issuer, String subject) implements Serializable {

    /** Issuer of keys made for usernames that no login could be traced to (see the V12 migration). */
    public static final String LEGACY_ISSUER = "urn:skyway:legacy";

    public UserKey {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        if (issuer.isBlank() || subject.isBlank() || issuer.contains("#")) {
            throw new IllegalArgumentException("A user key needs an issuer without '#' and a subject");
        }
    }

    /** A demo user of the local profile, keyed by their username. */
    public static UserKey local(String username) {
        return new UserKey(PortalUser.LOCAL_ISSUER, username);
    }

    /**
     * Parses the canonical form.
     *
     * @throws IllegalArgumentException when {@code canonical} has no {@code #} or an empty side
     */
    public static UserKey parse(String canonical) {
        int hash = canonical.indexOf('#');
        if (hash <= 0 || hash == canonical.length() - 1) {
            throw new IllegalArgumentException("Not a user key (issuer#subject): " + canonical);
        }
        return new UserKey(canonical.substring(0, hash), canonical.substring(hash + 1));
    }

    /**
     * How configuration and policies name a person: {@code issuer#subject}, or a bare username that means the
     * local (demo) issuer. A bare name never matches an OIDC login, so a policy cannot name "whoever is called
     * alice" at some IdP.
     *
     * @throws IllegalArgumentException when {@code reference} is blank or a malformed key
     */
    public static UserKey ofReference(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A person reference is empty");
        }
        return text.indexOf('#') >= 0 ? parse(text) : local(text);
    }

    /** {@code issuer#subject}: what the database stores and compares. */
    public String canonical() {
        return issuer + "#" + subject;
    }

    /** The shortest form {@link #ofReference} reads back: the bare subject for local users. */
    public String reference() {
        return PortalUser.LOCAL_ISSUER.equals(issuer) ? subject : canonical();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
