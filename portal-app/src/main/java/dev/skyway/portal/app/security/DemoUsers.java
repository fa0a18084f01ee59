package dev.skyway.portal.app.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/** The documented demo users of the local profile; every password is {@code demo}. */
final class DemoUsers implements UserDetailsService {

    static final String PASSWORD = "demo";

    static final List<PortalUser> ALL = List.of(
            user("engineer", "Erin Engineer", "payments", Set.of(), Role.ENGINEER),
            user("approver", "Avery Approver", "payments", Set.of("payments"), Role.APPROVER),
            user("finance", "Finley Finance", null, Set.of(), Role.FINANCE),
            user("security", "Sam Security", null, Set.of(), Role.SECURITY),
            user("admin", "Ada Admin", null, Set.of(), Role.PLATFORM_ADMIN),
            user("lead", "Lee Lead", "platform", Set.of("platform"), Role.ENGINEER, Role.APPROVER));

    private final Map<String, PortalUser> byName;
    private final String passwordHash;

    DemoUsers(PasswordEncoder encoder) {
        this.byName = ALL.stream().collect(Collectors.toMap(PortalUser::username, Function.identity()));
        this.passwordHash = encoder.encode(PASSWORD);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = byName.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such demo user");
        }
        return new DemoUser(user, passwordHash);
    }

    private static PortalUser user(String username, String name, @Nullable String team, Set<String> leadOf,
                                   Role... roles) {
        return new PortalUser(PortalUser.LOCAL_ISSUER, username, username, name, username + "@example.com", team,
                leadOf, Set.of(roles));
    }
}
