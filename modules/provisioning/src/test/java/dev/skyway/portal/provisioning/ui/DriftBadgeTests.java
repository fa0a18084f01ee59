package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProvisionedStack;
import dev.skyway.portal.provisioning.ProvisionedStacks;
import dev.skyway.portal.provisioning.StackDriftState;
import dev.skyway.testsupport.TestUsers;

/**
 * Drift next to a resource: the stack behind a provisioned product (its stack ARN output) for the compliance module,
 * shown to its team only; a "Drifted (n resources)" badge linking to the drift page.
 */
class DriftBadgeTests extends RequestViewTest {

    @Autowired
    ProvisionedStacks stacks;

    @Test
    void aProvisionedProductsStackIsForItsTeamSecurityAndSystemWork() {
        UUID id = provisionedBucket("stack-" + UUID.randomUUID().toString().substring(0, 8));

        ProvisionedStack stack = stacks.find(id).orElseThrow();
        assertThat(stack.stackArn()).startsWith("arn:aws:cloudformation:").contains(":" + ACCOUNT + ":stack/");
        assertThat(stack.team()).isEqualTo("payments");

        TestUsers.loginAs("sam", Role.SECURITY);
        assertThat(stacks.active()).extracting(ProvisionedStack::resourceId).contains(id);
        TestUsers.loginAs(new PortalUser(PortalUser.LOCAL_ISSUER, "olga", "olga", "Olga", null, "outsiders",
                java.util.Set.of(), java.util.Set.of(Role.ENGINEER)));
        assertThatThrownBy(() -> stacks.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stacks.active()).isInstanceOf(AccessDeniedException.class);
        assertThat(stacks.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDriftedStackLinksToTheDriftPage() {
        UUID id = UUID.randomUUID();
        Component drifted = ResourceBadges.drift(id, new StackDriftState("DRIFTED", 2, Instant.now()));
        assertThat(drifted).isInstanceOfSatisfying(Anchor.class, a -> {
            assertThat(a.getText()).isEqualTo("Drifted (2 resources)");
            assertThat(a.getHref()).isEqualTo("compliance/drift?requestId=" + id);
        });
        assertThat(ResourceBadges.drift(id, new StackDriftState("IN_SYNC", 0, null)).getElement().getText())
                .isEqualTo("In sync");
        assertThat(ResourceBadges.drift(id, null).getElement().getText()).isEmpty();
    }
}
