package dev.skyway.portal.platform.home.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.platform.home.HomeSections;
import dev.skyway.portal.platform.identity.CurrentUser;

/** The caller's start page as data: the same cards and figures the home page shows. */
@Tag(name = "Portal")
@RestController
@PreAuthorize("isAuthenticated()")
class HomeController {

    private final HomeSections sections;
    private final CurrentUser currentUser;

    HomeController(HomeSections sections, CurrentUser currentUser) {
        this.sections = sections;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Get my home page", description = "The cards of the caller's home page, by role.")
    @GetMapping("/api/v1/home")
    HomeSections.Home home() {
        return sections.forUser(currentUser.get());
    }
}
