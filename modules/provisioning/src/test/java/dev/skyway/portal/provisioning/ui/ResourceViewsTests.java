package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProvisionedResource;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.testsupport.TestUsers;

/**
 * "My resources", the resource page and the update form, browserless over the real facades: empty state, search and
 * filters; a Health badge and an "Only unhealthy" filter; AWS's message and the failed request on the page of a product
 * in ERROR; outputs on the resource page; termination only after a confirmation naming the resource, with a
 * justification; the update form prefilled with the current values.
 */
class ResourceViewsTests extends RequestViewTest {

    @Autowired
    dev.skyway.portal.provisioning.NetworkPickers networkPickers;

    @Autowired
    ProvisionedResources resources;

    @Test
    void emptyStateThenTheTeamsProductsWithSearchAndFilters() {
        loginAlone("newbie"); // a team of one, nothing provisioned
        MyResourcesView before = new MyResourcesView(resources, costs, drifts);
        assertThat(before.empty.isVisible()).isTrue();
        assertThat(before.grid.isVisible()).isFalse();
        assertThat(before.noMatch.isVisible()).isFalse();

        TestUsers.loginAs("erin", Role.ENGINEER);
        String suffix = "grid-" + UUID.randomUUID().toString().substring(0, 8);
        provisionedBucket(suffix);
        MyResourcesView view = new MyResourcesView(resources, costs, drifts);
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
        ResourceDetailView view = new ResourceDetailView(resources, costs, drifts);
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
        assertThat(asked.pendingAction()).isEqualTo(RequestAction.TERMINATE);
    }

    @Test
    void updateFormIsPrefilledWithTheCurrentValuesAndAsksForTheUpdate() {
        String suffix = "form-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = provisionedBucket(suffix);
        UpdateResourceView view = new UpdateResourceView(catalog, requests, resources, networkPickers);
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
        submitIgnoringNavigation(view);
        ProvisionedResource asked = resources.get(id);
        assertThat(asked.pendingAction()).isEqualTo(RequestAction.UPDATE);
        assertThat(requests.get(asked.pendingChange()).parameters()).containsEntry("Versioning", "Suspended");
    }

    @Test
    void aProductAwsReportsInErrorIsBadgedFilteredAndExplainedWithALinkToTheFailedRequest() {
        String suffix = "sick-" + UUID.randomUUID().toString().substring(0, 8);
        String healthy = "well-" + suffix;
        provisionedBucket(healthy);
        UUID id = provisionedBucket(suffix);
        UUID rename = resources.requestUpdate(id, java.util.Map.of("BucketNameSuffix", suffix + "-renamed",
                "Versioning", "Enabled"), "a clearer name").id();
        finishProvisioning(rename);
        assertThat(requests.get(rename).status()).isEqualTo(dev.skyway.portal.provisioning.RequestStatus.FAILED);

        MyResourcesView list = new MyResourcesView(resources, costs, drifts);
        UI.getCurrent().add(list);
        list.search.setValue(suffix);
        assertThat(list.grid.getDataProvider().fetch(new Query<>()).toList()).extracting(ProvisionedResource::name)
                .containsExactlyInAnyOrder(suffix, healthy);
        var health = list.grid.getColumns().stream().filter(c -> "Health".equals(c.getHeaderText())).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<com.vaadin.flow.component.Component,
                ProvisionedResource>) health.getRenderer();
        var badge = renderer.createComponent(resources.get(id)).getElement();
        assertThat(badge.getText()).isEqualTo("Error");
        assertThat(badge.getThemeList()).contains("badge", "error");
        list.unhealthy.setValue(true);
        assertThat(list.grid.getDataProvider().fetch(new Query<>()).toList()).extracting(ProvisionedResource::name)
                .containsExactly(suffix);
        list.search.setValue(healthy);
        assertThat(list.noMatch.isVisible()).as("only unhealthy: the healthy one does not match").isTrue();

        ResourceDetailView page = new ResourceDetailView(resources, costs, drifts);
        UI.getCurrent().add(page);
        page.show(resources.get(id));
        var notice = page.getChildren().filter(c -> c.getId().filter("resource-health-notice"::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(notice.getElement().getTextRecursively())
                .contains("AWS reports this provisioned product as ERROR")
                .contains("UPDATE_ROLLBACK_FAILED").contains("Rename " + suffix + "-renamed")
                .contains("the request that left it so");
        var link = (com.vaadin.flow.router.RouterLink) notice.getChildren().flatMap(c -> java.util.stream.Stream
                        .concat(java.util.stream.Stream.of(c), c.getChildren()))
                .filter(c -> c.getId().filter("resource-health-request"::equals).isPresent()).findFirst()
                .orElseThrow();
        assertThat(link.getHref()).isEqualTo("requests/" + rename);
        assertThat(page.update.isEnabled()).as("an update is how AWS repairs an ERROR").isTrue();
        assertThat(page.terminate.isEnabled()).isTrue();

        ResourceDetailView fine = new ResourceDetailView(resources, costs, drifts);
        UI.getCurrent().add(fine);
        fine.show(resources.mine(new dev.skyway.portal.provisioning.ResourceQuery(healthy, null, null), 0, 1)
                .getFirst());
        assertThat(fine.getChildren().noneMatch(c -> c.getId().filter("resource-health-notice"::equals)
                .isPresent())).isTrue();
        assertThat(fine.getElement().getTextRecursively()).contains("AWS: Available");
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

}
