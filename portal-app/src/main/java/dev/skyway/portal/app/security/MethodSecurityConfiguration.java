package dev.skyway.portal.app.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Facades and endpoints state who may call them ({@code @PreAuthorize}, {@code @RolesAllowed}). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {
}
