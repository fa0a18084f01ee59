package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.TestUsers;

/**
 * Rules that no path around the usual one may skip (H2 and PostgreSQL through the subclasses): a retried change is
 * still one change at a time; a decision's reason is kept whole by both sides or by neither; a request is estimated
 * with the version it pins.
 */
abstract class RequestGuardsContract extends SandboxContract {

    static final String RDS = ProductRequestsContract.RDS;
    static final String RDS_V1 = "pa-sbxrdspgsqlv1";

    @Autowired
    ProvisionedResources resources;

    @Autowired
    ProductRequestChanges changes;

    @Autowired
    Approvals approvals;

    @Test
    void retryingAFailedUpdateIsRefusedWhileANewerChangeOfTheResourceIsPending() {
        String suffix = "guard-" + ProductRequestsContract.suffix();
        UUID resource = provisionedStagingBucket(suffix);
        ProductRequest rename = resources.requestUpdate(resource, Map.of("BucketNameSuffix", suffix + "-renamed",
                "Versioning", "Enabled"), "a clearer name");
        approveAsAvery(rename.id());
        awaitStatus(rename.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(rename.id()).status()).isEqualTo(RequestStatus.FAILED);
        ProductRequest newer = resources.requestUpdate(resource, Map.of("BucketNameSuffix", suffix,
                "Versioning", "Suspended"), "versioning off instead");
        assertThat(newer.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        String token = token(rename.id());

        assertThatThrownBy(() -> changes.retry(rename.id(), Map.of()))
                .isInstanceOf(RequestStateException.class)
                .hasMessageContaining("already under way (request " + newer.id() + ")");
        assertThat(requests.get(rename.id()).status()).isEqualTo(RequestStatus.FAILED);
        assertThat(token(rename.id())).as("no new attempt was started").isEqualTo(token);
    }

    @Test
    void aRejectionReasonAsLongAsTheApprovalEngineKeepsRejectsTheRequestWithTheWholeReason() {
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("staging",
                "long-" + ProductRequestsContract.suffix()));
        String reason = "r".repeat(Approvals.MAX_COMMENT);

        TestUsers.loginAs("avery", Role.APPROVER);
        ApprovalTask task = task(submitted.id());
        approvals.reject(task.id(), task.subjectHash(), reason); // as the task API does
        TestUsers.loginAs("erin", Role.ENGINEER);

        ProductRequest rejected = awaitStatus(submitted.id(), RequestStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo(reason);
    }

    @Test
    void aRequestPinningAnOlderVersionIsEstimatedWithThatVersionsDefaults() {
        jdbc.update("update catalog.product_version set guidance = 'DEFAULT' where id = ?", RDS_V1);
        try {
            ProductRequest submitted = requests.submit(new NewProductRequest(RDS, RDS_V1, "dev",
                    ProductRequestsContract.ACCOUNT, Map.of("MasterPassword", ProductRequestsContract.PASSWORD),
                    "orders database on the old major", null, ProductRequestsContract.TAGS));

            // 5.00 base + db.t3.micro (1.0's default) 13.14 + 20 GiB x 0.115; 2.0's default db.t4g.micro is 11.68
            assertThat(submitted.estimatedMonthlyCost()).isEqualTo(Money.of("20.44", "USD"));
            assertThat(catalog.estimateMonthlyCost(RDS, RDS_V1, Map.of())).contains(Money.of("20.44", "USD"));
            assertThat(catalog.estimateMonthlyCost(RDS, null, Map.of())).contains(Money.of("18.98", "USD"));
        } finally {
            jdbc.update("update catalog.product_version set guidance = 'DEPRECATED' where id = ?", RDS_V1);
        }
    }

    UUID provisionedStagingBucket(String suffix) {
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("staging", suffix));
        approveAsAvery(submitted.id());
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        return submitted.id();
    }

    void approveAsAvery(UUID id) {
        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(id, requests.subjectHash(id), "ok");
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    ApprovalTask task(UUID id) {
        return approvals.tasks(new TaskQuery(RequestLifecycle.SUBJECT_TYPE, null, id.toString()), 0, 10).stream()
                .filter(t -> t.subject().id().equals(id.toString())).findFirst().orElseThrow();
    }
}
