package dev.skyway.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Boots the platform, approvals, accounts and cost modules for the cost module's data-layer, facade and view tests.
 * Lives outside {@code dev.skyway.portal} so the real application's component scan never picks it up.
 */
@SpringBootApplication(scanBasePackages = {"dev.skyway.portal.platform", "dev.skyway.portal.approvals",
        "dev.skyway.portal.accounts", "dev.skyway.portal.cost"})
@EnableMethodSecurity(jsr250Enabled = true)
public class CostTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    /** Stands in for the provisioning module's changes on accounts (anomalies list them). */
    @Bean
    RecordedAccountChanges recordedAccountChanges() {
        return new RecordedAccountChanges();
    }
}
