package dev.skyway.portal.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.ModuleEvents;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.ProvisioningTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * What the request contracts share: the catalog synced from the sandbox at a fixed time, the engineer erin logged in,
 * the sandbox's provisioning driven by moving the clock and polling (no waiting on timers), and a Spring Modulith
 * {@link Scenario} for the flows across modules (an approval verdict reaching a request, a request provisioned).
 * Subclasses pick the database (H2 or PostgreSQL) through their concrete test classes.
 */
@EnableScenarios
@SpringBootTest(classes = ProvisioningTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SandboxContract {

    /** How long a sandbox provisioning record stays IN_PROGRESS in the tests (the default delay). */
    static final Duration SANDBOX_DELAY = Duration.ofSeconds(3);

    @Autowired
    ProductRequests requests;

    @Autowired
    Catalog catalog;

    @Autowired
    RequestLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    /** This test's scenario: it sees the events published from the test's start, on any thread. */
    Scenario scenario;

    @BeforeEach
    void keepScenario(Scenario scenario) {
        this.scenario = scenario;
    }

    @BeforeEach
    void syncedSandbox() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logoutOnceListenersSettled() {
        TestUsers.logout();
        ModuleEvents.settle(jdbc);
    }

    /**
     * Waits for the status ({@link #at}): approval verdicts reach the request through a listener after the commit, on
     * another thread.
     */
    ProductRequest awaitStatus(UUID id, RequestStatus status) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> at(status)
                .test(requests.get(id)));
        return requests.get(id);
    }

    /**
     * Whether a request shows the status. PROVISIONING and TERMINATING are kept before the provisioner is called
     * (outside the transaction), so they also need the call's answer: a record, or a backoff reason.
     */
    static Predicate<ProductRequest> at(RequestStatus status) {
        boolean running = status == RequestStatus.PROVISIONING || status == RequestStatus.TERMINATING;
        return r -> r.status() == status && (!running || r.recordId() != null || r.statusReason() != null);
    }

    /** Lets the sandbox finish the records started so far: the clock passes its delay, then the poller runs. */
    void sandboxFinishes() {
        clock.advance(SANDBOX_DELAY);
        lifecycle.poll();
    }

    /** The request's current ProvisionToken (UpdateToken, TerminateToken). */
    String token(UUID id) {
        return jdbc.queryForObject("select provision_token from provisioning.product_request where id = ?", String.class,
                id);
    }
}
