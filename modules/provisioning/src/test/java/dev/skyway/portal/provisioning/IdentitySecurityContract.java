package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * The portal's identity promises, on H2 and PostgreSQL through the subclasses. A person is the identity provider's
 * issuer plus the subject it gives them; the username is only what the portal shows. So:
 * <ol>
 * <li>a namesake at another identity provider is another person: they see none of my requests or resources, and
 * they are not me for separation of duties;</li>
 * <li>a renamed user (same issuer and subject, new username) is still the same person: they keep their requests and
 * resources, and still cannot approve what they asked for.</li>
 * </ol>
 */
abstract class IdentitySecurityContract extends SandboxContract {

    static final String IDP_A = "https://idp-a.example.com";
    static final String IDP_B = "https://idp-b.example.com";

    @Autowired
    ProvisionedResources resources;

    @Autowired
    Approvals approvals;

    // ---- 1. a namesake at another identity provider is another person

    @Test
    void aNamesakeAtAnotherIdentityProviderDoesNotSeeMyRequests() {
        loginAs(person(IDP_A, "erin-1", "erin", "payments", Role.ENGINEER));
        ProductRequest mine = requests.submit(ProductRequestsContract.bucket("dev",
                "id-" + ProductRequestsContract.suffix()));

        loginAs(person(IDP_B, "erin-2", "erin", "search", Role.ENGINEER));
        assertThat(requests.mine(null, 0, 50)).extracting(ProductRequest::id).doesNotContain(mine.id());
        assertThat(requests.countMine(null)).isZero();
        assertThatThrownBy(() -> requests.get(mine.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNamesakeAtAnotherIdentityProviderCannotSeeOrChangeMyResources() {
        loginAs(person(IDP_A, "erin-1", "erin", "payments", Role.ENGINEER));
        String name = "id-" + ProductRequestsContract.suffix();
        UUID resource = provisionedBucket(name);

        loginAs(person(IDP_B, "erin-2", "erin", "search", Role.ENGINEER));
        assertThat(resources.countMine(new ResourceQuery(name, null, null))).isZero();
        assertThatThrownBy(() -> resources.get(resource)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resources.requestTermination(resource, "not yours"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNamesakeAtAnotherIdentityProviderIsAnotherPersonForSeparationOfDuties() {
        loginAs(person(IDP_A, "avery-1", "avery", "payments", Role.ENGINEER, Role.APPROVER));
        ProductRequest request = requests.submit(ProductRequestsContract.bucket("staging",
                "id-" + ProductRequestsContract.suffix()));
        assertThatThrownBy(() -> requests.approve(request.id(), requests.subjectHash(request.id()), null))
                .isInstanceOf(ApprovalRefusedException.class);

        loginAs(person(IDP_B, "avery-2", "avery", "search", Role.APPROVER));
        requests.approve(request.id(), requests.subjectHash(request.id()), "another avery, another person");

        awaitStatus(request.id(), RequestStatus.PROVISIONING);
    }

    // ---- 2. a renamed user is the same person

    @Test
    void aRenamedUserKeepsTheirRequestsAndResources() {
        loginAs(person(IDP_A, "erin-1", "erin", "payments", Role.ENGINEER));
        String name = "id-" + ProductRequestsContract.suffix();
        UUID resource = provisionedBucket(name);

        loginAs(person(IDP_A, "erin-1", "erin.smith", "search", Role.ENGINEER));
        assertThat(requests.mine(null, 0, 50)).extracting(ProductRequest::id).contains(resource);
        assertThat(resources.mine(new ResourceQuery(name, null, null), 0, 10))
                .extracting(ProvisionedResource::id).containsExactly(resource);
        assertThat(resources.requestTermination(resource, "renamed, still mine").status())
                .isEqualTo(RequestStatus.PENDING_APPROVAL);
    }

    @Test
    void aRenamedRequesterStillCannotApproveTheirOwnRequest() {
        loginAs(person(IDP_A, "avery-1", "avery", "payments", Role.ENGINEER, Role.APPROVER));
        ProductRequest request = requests.submit(ProductRequestsContract.bucket("staging",
                "id-" + ProductRequestsContract.suffix()));

        loginAs(person(IDP_A, "avery-1", "avery.renamed", "payments", Role.APPROVER));
        assertThat(approvals.tasks(new TaskQuery(null, null, request.id().toString()), 0, 10)).isEmpty();
        assertThatThrownBy(() -> requests.approve(request.id(), requests.subjectHash(request.id()), null))
                .isInstanceOf(ApprovalRefusedException.class);
        var process = requests.process(request.id()).orElseThrow();
        UUID taskId = process.stages().getFirst().id();
        assertThatThrownBy(() -> approvals.approve(taskId, process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("Separation of duties: you requested this");
    }

    static PortalUser person(String issuer, String subject, String username, String team, Role... roles) {
        return new PortalUser(issuer, subject, username, username, null, team, Set.of(), Set.of(roles));
    }

    static void loginAs(PortalUser user) {
        TestUsers.loginAs(user);
    }

    UUID provisionedBucket(String suffix) {
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("dev", suffix));
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        return submitted.id();
    }
}
