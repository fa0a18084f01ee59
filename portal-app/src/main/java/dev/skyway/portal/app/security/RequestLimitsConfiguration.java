package dev.skyway.portal.app.security;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Limits on what a caller may send and on how long a login lasts, the same for every login profile. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    /**
     * Right after Spring Security: an anonymous caller gets its 401 without the portal looking at the body, and
     * the 413 carries the security headers like every other answer.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestBodyProperties properties) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Before Spring Security, which would otherwise read the login from an expired session. */
    @Bean
    FilterRegistrationBean<AbsoluteSessionLifetimeFilter> absoluteSessionLifetimeFilter(Clock clock,
            SessionLifetimeProperties properties) {
        FilterRegistrationBean<AbsoluteSessionLifetimeFilter> registration =
                new FilterRegistrationBean<>(new AbsoluteSessionLifetimeFilter(clock, properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
