package dev.skyway.portal.platform.identity;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting now: the authenticated user of the request, or the user a scheduled job runs as
 * ({@link #runAs(PortalUser, Supplier)}).
 */
@Component
public class CurrentUser {

    private static final ThreadLocal<PortalUser> RUN_AS = new ThreadLocal<>();

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    /**
     * Reads the security context through the context's own holder strategy (Vaadin installs one that also knows
     * the UI's session), falling back to the global holder when none is defined.
     */
    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    /** The acting user, if any. */
    public Optional<PortalUser> find() {
        PortalUser runAs = RUN_AS.get();
        if (runAs != null) {
            return Optional.of(runAs);
        }
        SecurityContextHolderStrategy holder = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.portalUser());
        }
        return Optional.empty();
    }

    /**
     * The acting user.
     *
     * @throws IllegalStateException when nobody is authenticated and no job identity is set
     */
    public PortalUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated user in this context"));
    }

    /** The acting user, or {@link PortalUser#SYSTEM} when nobody is authenticated (e.g. startup, listeners). */
    public PortalUser getOrSystem() {
        return find().orElse(PortalUser.SYSTEM);
    }

    /** Runs {@code work} as {@code user} on this thread (scheduled jobs, event listeners acting for someone). */
    public <T> T runAs(PortalUser user, Supplier<T> work) {
        PortalUser previous = RUN_AS.get();
        RUN_AS.set(user);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUN_AS.remove();
            } else {
                RUN_AS.set(previous);
            }
        }
    }
}
