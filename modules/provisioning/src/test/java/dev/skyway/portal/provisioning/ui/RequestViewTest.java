package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.ProvisioningTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * What the provisioning module's browserless view tests share: the real facades on H2, the catalog synced from the sandbox at a
 * fixed time, the engineer erin logged in, and sandbox provisioning driven by moving the clock and polling.
 */
@SpringBootTest(classes = ProvisioningTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class RequestViewTest extends BrowserlessTest {

    static final String S3 = "prod-sbxs3bucket01";
    static final String ACCOUNT = "123456789012";
    /** Values for the sandbox's standard TagOptions (every sandbox product has them). */
    static final Map<String, String> TAGS = Map.of("cost-center", "CC-1001 Payments",
            "data-classification", "internal");

    @Autowired
    Catalog catalog;

    @Autowired
    ProductRequests requests;

    @Autowired
    RequestLifecycle lifecycle;

    @Autowired
    MutableClock clock;

    @Autowired
    CostComparisons costs;

    @Autowired
    dev.skyway.portal.provisioning.DriftStates drifts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void synced() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** An S3 bucket request in the sandbox account. */
    static NewProductRequest bucket(String environment, String suffix) {
        return new NewProductRequest(S3, null, environment, ACCOUNT, Map.of("BucketNameSuffix", suffix), "artifacts",
                null, TAGS);
    }

    /** A dev bucket of erin's, provisioned. */
    UUID provisionedBucket(String suffix) {
        return provisionedBucket("dev", suffix);
    }

    /** A bucket of erin's, approved by avery where the policy asks an approver (not dev), and provisioned. */
    UUID provisionedBucket(String environment, String suffix) {
        UUID id = requests.submit(bucket(environment, suffix)).id();
        if (!"dev".equals(environment)) {
            TestUsers.loginAs("avery", Role.APPROVER);
            requests.approve(id, requests.subjectHash(id), "ok");
            TestUsers.loginAs("erin", Role.ENGINEER);
        }
        finishProvisioning(id);
        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.PROVISIONED);
        return id;
    }

    /**
     * Submits the form. The browserless UI cannot build the page a successful submit navigates to (no Spring
     * instantiator), which throws after the facade call was made: the caller checks the facade's state instead.
     */
    static void submitIgnoringNavigation(ProductRequestView form) {
        try {
            form.submit();
        } catch (RuntimeException navigationWithoutSpringInstantiator) {
            // the facade call came first
        }
    }

    /** Waits until provisioning started (after approval, on another thread), then lets the sandbox finish it. */
    void finishProvisioning(UUID id) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> requests.get(id).status() == RequestStatus.PROVISIONING
                        && requests.get(id).recordId() != null); // the call is made after the status is kept
        clock.advance(Duration.ofSeconds(3));
        lifecycle.poll();
    }
}
