package dev.skyway.portal.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * How OIDC claims become portal roles and teams.
 *
 * @param rolesClaim  claim holding the user's groups (a list or a comma-separated string)
 * @param teamClaim   claim holding the user's team; may be absent in tokens
 * @param leadOfClaim claim listing the teams the user leads; may be absent in tokens
 * @param roleMapping {@code group:ROLE} pairs separated by commas, e.g.
 *                    {@code portal-engineers:ENGINEER,portal-leads:ENGINEER,portal-leads:APPROVER}
 */
@Validated
@ConfigurationProperties("portal.security.oidc")
record OidcProperties(@DefaultValue("groups") @NotBlank String rolesClaim,
                      @DefaultValue("team") String teamClaim,
                      @DefaultValue("lead_of") String leadOfClaim,
                      @DefaultValue("") String roleMapping) {
}
