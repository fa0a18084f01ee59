package dev.skyway.portal.app.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.platform.audit.AuditLedger;

/** The login throttle and the failed-login audit, shared by the filter chains and the login auditor. */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties, Clock clock) {
        return new LoginThrottle(properties, clock);
    }

    @Bean
    FailedLoginAudit failedLoginAudit(AuditLedger ledger, Clock clock, LoginThrottleProperties properties) {
        return new FailedLoginAudit(ledger, clock, properties);
    }
}
