package dev.skyway.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Boots the platform and catalog modules for the catalog's data-layer and facade tests. Lives outside
 * {@code dev.skyway.portal} so the real application's component scan never picks it up.
 */
@SpringBootApplication(scanBasePackages = {"dev.skyway.portal.platform", "dev.skyway.portal.catalog"})
@EnableMethodSecurity(jsr250Enabled = true)
public class CatalogTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
