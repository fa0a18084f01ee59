package dev.skyway.portal.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/**
 * The role prefix holder as a bean, whichever way users log in. Vaadin's configurer uses this bean when there is one
 * (and sets the prefix from the filter chain); without it, each role check of a menu entry or route looks the holder
 * up through {@code ServiceLoader}, which reads every nested jar of the executable jar: a large part of a page load.
 */
@Configuration(proxyBeanMethods = false)
class VaadinRolesConfiguration {

    @Bean
    VaadinRolePrefixHolder vaadinRolePrefixHolder() {
        return new VaadinRolePrefixHolder("ROLE_");
    }
}
