package dev.skyway.portal;

import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.testsupport.TestUsers;

/**
 * One application context (local profile, in-memory H2) shared by the application-level tests that extend this
 * class, so the suite starts the portal once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class PortalTestSupport {

    /** The request as one of the demo users (HTTP Basic, password {@code demo}). */
    public static MockHttpServletRequestBuilder asDemoUser(String user, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }

    /**
     * Vaadin installs its security context holder strategy globally when a context starts; with several cached
     * test contexts the global one may belong to another context. Point it back at this context's before each test
     * so code that sets the context statically (TestUsers) and this context's method security agree.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolder(@Autowired SecurityContextHolderStrategy strategy) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    /**
     * Runs a sync as the demo admin until one finishes: a scheduled sync may hold the lock, and {@code syncNow} then
     * answers RUNNING at once without having synced.
     */
    protected static void syncedAsAdmin(Supplier<SyncStatus> syncNow) {
        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        try {
            Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60))
                    .until(() -> syncNow.get().state() == SyncState.SUCCEEDED);
        } finally {
            TestUsers.logout();
        }
    }

    /**
     * A database per application context: two contexts on one database would run each other's outstanding event
     * publications and scheduled jobs over the same rows.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String name = "portal-app-tests-" + java.util.UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
