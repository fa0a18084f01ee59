package dev.skyway.portal.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.NewProductRequest;
import dev.skyway.portal.catalog.ProductRequest;
import dev.skyway.portal.catalog.ProductRequests;
import dev.skyway.portal.catalog.ProvisionedResource;
import dev.skyway.portal.catalog.ProvisionedResources;
import dev.skyway.portal.catalog.RequestStatus;
import dev.skyway.portal.catalog.internal.requests.RequestLifecycle;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CatalogTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * "My resources", the resource page and the update form, browserless over the real facades: empty state, search and
 * filters; outputs on the resource page; termination only after a confirmation naming the resource, with a
 * justification; the update form prefilled with the current values.
 */
@SpringBootTest(classes = CatalogTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ResourceViewsTests extends BrowserlessTest {

    @Autowired
    Catalog catalog;

    @Autowired
    ProductRequests requests;

    @Autowired
    ProvisionedResources resources;

    @Autowired
    RequestLifecycle lifecycle;

    @Autowired
    MutableClock clock;

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

    @Test
    void emptyStateThenTheTeamsProductsWithSearchAndFilters() {
        loginAlone("newbie"); // a team of one, nothing provisioned
        MyResourcesView before = new MyResourcesView(resources);
        assertThat(before.empty.isVisible()).isTrue();
        assertThat(before.grid.isVisible()).isFalse();
        assertThat(before.noMatch.isVisible()).isFalse();

        TestUsers.loginAs("erin", Role.ENGINEER);
        String suffix = "grid-" + UUID.randomUUID().toString().substring(0, 8);
        provisionedBucket(suffix);
        MyResourcesView view = new MyResourcesView(resources);
        UI.getCurrent().add(view);

        view.search.setValue(suffix);
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.grid.getDataProvider().fetch(new Query<>()).toList()).extracting(ProvisionedResource::name)
                .containsExactly(suffix);
        view.environment.setValue("prod");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.noMatch.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void resourcePageShowsOutputsAndTerminationNeedsAConfirmationWithAJustification() {
        String suffix = "page-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = provisionedBucket(suffix);
        ResourceDetailView view = new ResourceDetailView(resources);
        UI.getCurrent().add(view);
        view.show(resources.get(id));

        assertThat(view.getElement().getTextRecursively()).contains("BucketName: 123456789012-eu-central-1-"
                + suffix);
        assertThat(view.terminate.isEnabled()).isTrue();

        view.terminate.click();
        assertThat(view.confirm.isOpened()).isTrue();
        assertThat(view.confirm.getHeaderTitle()).isEqualTo("Terminate " + suffix + "?");
        view.confirmTerminate.click();
        assertThat(view.terminateJustification.isInvalid()).isTrue();
        assertThat(resources.get(id).pendingChange()).isNull();

        view.terminateJustification.setValue("project ended");
        view.confirmTerminate.click();
        ProvisionedResource asked = resources.get(id);
        assertThat(asked.pendingAction()).isEqualTo("TERMINATE");
    }

    @Test
    void updateFormIsPrefilledWithTheCurrentValuesAndAsksForTheUpdate() {
        String suffix = "form-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = provisionedBucket(suffix);
        UpdateResourceView view = new UpdateResourceView(catalog, requests, resources);
        UI.getCurrent().add(view);
        view.edit(id);

        assertThat(view.parameterFields.get("BucketNameSuffix").getValue()).isEqualTo(suffix);
        assertThat(view.environment.isReadOnly()).isTrue();
        assertThat(view.accountId.getValue()).isEqualTo("123456789012");

        view.parameterFields.get("Versioning").setValue("Suspended");
        view.review();
        assertThat(view.justification.isInvalid()).isTrue();
        view.justification.setValue("versions are not needed for build artifacts");
        view.review();
        assertThat(view.submit.isEnabled()).isTrue();
        try {
            view.submit();
        } catch (RuntimeException navigationWithoutSpringInstantiator) {
            // the browserless UI cannot build the request page it navigates to; the facade call came first
        }
        ProvisionedResource asked = resources.get(id);
        assertThat(asked.pendingAction()).isEqualTo("UPDATE");
        assertThat(requests.get(asked.pendingChange()).parameters()).containsEntry("Versioning", "Suspended");
    }

    static void loginAlone(String username) {
        var user = new dev.skyway.portal.platform.identity.PortalUser(
                dev.skyway.portal.platform.identity.PortalUser.LOCAL_ISSUER, username, username, username, null,
                "team-" + username, java.util.Set.of(), java.util.Set.of(Role.ENGINEER));
        dev.skyway.portal.platform.identity.PortalPrincipal principal = () -> user;
        var token = new org.springframework.security.authentication.TestingAuthenticationToken(principal, null,
                Role.ENGINEER.authority());
        token.setAuthenticated(true);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(token);
    }

    UUID provisionedBucket(String suffix) {
        ProductRequest submitted = requests.submit(new NewProductRequest("prod-sbxs3bucket01", null, "dev",
                "123456789012", Map.of("BucketNameSuffix", suffix), "artifacts", null, java.util.Map.of("cost-center", "CC-1001 Payments", "data-classification", "internal")));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> requests.get(submitted.id()).status() == RequestStatus.PROVISIONING);
        clock.advance(Duration.ofSeconds(3));
        lifecycle.poll();
        return submitted.id();
    }
}
