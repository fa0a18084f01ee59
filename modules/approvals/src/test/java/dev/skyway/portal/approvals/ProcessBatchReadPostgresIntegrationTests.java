package dev.skyway.portal.approvals;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.testsupport.Databases;

class ProcessBatchReadPostgresIntegrationTests extends ProcessBatchReadContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.postgres(registry);
    }
}
