package dev.skyway.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Boots the platform, approvals, accounts and incidents modules for the incidents module's data-layer, facade and
 * endpoint tests. Lives outside {@code dev.skyway.portal} so the real application's component scan never picks it up.
 */
@SpringBootApplication(scanBasePackages = {"dev.skyway.portal.platform", "dev.skyway.portal.approvals",
        "dev.skyway.portal.accounts", "dev.skyway.portal.incidents"})
@EnableMethodSecurity(jsr250Enabled = true)
public class IncidentsTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
