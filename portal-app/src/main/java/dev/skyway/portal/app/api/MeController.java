package dev.skyway.portal.app.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;

/** Who the caller is, as the portal sees them (roles after group mapping). */
@Tag(name = "Portal")
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Operation(summary = "Get the signed-in user",
            description = "Username, name, email, team, the teams they lead and their roles.")
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    Me me() {
        PortalUser user = currentUser.get();
        return new Me(user.username(), user.name(), user.email(), user.team(),
                user.leadOf().stream().sorted().toList(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.issuer(), user.subject(),
                user.key().reference());
    }

    /**
     * {@code username} is a display name; {@code issuer} and {@code subject} are who the caller is, and
     * {@code reference} is how policies and delegations name them ({@code issuer#subject}, or the bare username of
     * a local demo user).
     */
    record Me(String username, String name, String email, String team, List<String> leadOf, List<String> roles,
              String issuer, String subject, String reference) {
    }
}
