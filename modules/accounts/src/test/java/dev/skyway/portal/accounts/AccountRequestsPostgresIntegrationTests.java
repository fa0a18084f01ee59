package dev.skyway.portal.accounts;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.testsupport.Databases;

class AccountRequestsPostgresIntegrationTests extends AccountRequestsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.postgres(registry);
    }
}
