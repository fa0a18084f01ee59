package dev.skyway.portal.compliance;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.testsupport.Databases;

class ComplianceH2IntegrationTests extends ComplianceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }
}
