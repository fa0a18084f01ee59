package dev.skyway.portal.incidents;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.testsupport.Databases;

class IncidentWorkPostgresIntegrationTests extends IncidentWorkContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.postgres(registry);
    }
}
