package dev.skyway.portal.accounts;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.testsupport.Databases;

class AccountRequestsH2IntegrationTests extends AccountRequestsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }
}
