package dev.skyway.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Boots the platform, approvals, catalog and provisioning modules for the provisioning module's data-layer, facade
 * and view tests. Lives outside {@code dev.skyway.portal} so the real application's component scan never picks it up.
 */
@SpringBootApplication(scanBasePackages = {"dev.skyway.portal.platform", "dev.skyway.portal.approvals",
        "dev.skyway.portal.catalog", "dev.skyway.portal.provisioning"})
@EnableMethodSecurity(jsr250Enabled = true)
public class ProvisioningTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    /** Stands in for the cost module (provisioning never depends on it); knows no cost until a test says so. */
    @Bean
    FakeResourceCosts fakeResourceCosts() {
        return new FakeResourceCosts();
    }
}
