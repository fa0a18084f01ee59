package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalStage;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.Stimuli;
import dev.skyway.testsupport.TestUsers;

/**
 * After submission, on a real database (H2 and PostgreSQL through the subclasses): a request sent back with changes
 * requested is edited and resubmitted (earlier approvals void, stored secret kept when left empty); a failed request
 * is retried with a new ProvisionToken, its secrets kept encrypted until it is provisioned or given up.
 */
abstract class ProductRequestChangesContract extends SandboxContract {

    static final String RDS = ProductRequestsContract.RDS;
    static final String ACCOUNT = ProductRequestsContract.ACCOUNT;

    @Autowired
    ProductRequestChanges changes;

    @Autowired
    Approvals approvals;

    @Test
    void requesterEditsARequestSentBackAndItStartsOverWithTheStoredSecretKept() {
        ProductRequest submitted = requests.submit(database("prod", "db.r7g.xlarge", "orders" + digits()));
        String sealedBefore = secret(submitted.id());
        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "fine by me");
        TestUsers.loginAs("fiona", Role.FINANCE);
        ApprovalTask task = task(submitted.id());
        scenario.stimulate(() -> approvals.requestChanges(task.id(), task.subjectHash(),
                        "an m7g.large is enough for this load"))
                .customize(Stimuli::onTheTestThread)
                .andWaitForStateChange(() -> requests.get(submitted.id()), at(RequestStatus.CHANGES_REQUESTED))
                .andExpect(ChangesRequested.class)
                .matchingMappedValue(ChangesRequested::subjectId, submitted.id().toString())
                .toArrive();

        ProductRequest sentBack = requests.get(submitted.id());
        assertThat(sentBack.statusReason()).isEqualTo("an m7g.large is enough for this load");
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(changes.progress(submitted.id()).canEdit()).isTrue();

        NewProductRequest edited = database("prod", "db.m7g.large", sentBack.parameters().get("DBName"));
        Map<String, String> values = new LinkedHashMap<>(edited.parameters());
        values.put("MasterPassword", ""); // keep the stored one
        ProductRequest resubmitted = changes.resubmit(submitted.id(), new NewProductRequest(RDS, null, "prod",
                ACCOUNT, values, "orders database, right-sized", null,
                Map.of("cost-center", "CC-1003 Data", "data-classification", "confidential")));

        assertThat(resubmitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(resubmitted.statusReason()).isNull();
        assertThat(resubmitted.parameters()).containsEntry("InstanceClass", "db.m7g.large")
                .containsEntry("MasterPassword", ProductRequest.MASKED);
        assertThat(resubmitted.purpose().justification()).isEqualTo("orders database, right-sized");
        assertThat(resubmitted.tags()).containsEntry("cost-center", "CC-1003 Data")
                .containsEntry("data-classification", "confidential");
        assertThat(resubmitted.estimatedMonthlyCost().amount())
                .isLessThan(submitted.estimatedMonthlyCost().amount());
        assertThat(secret(submitted.id())).isEqualTo(sealedBefore);
        ApprovalProcess process = requests.process(submitted.id()).orElseThrow();
        assertThat(process.revision()).isEqualTo(2);
        assertThat(process.stages()).filteredOn(s -> s.revision() == 2).extracting(ApprovalStage::status)
                .first().isEqualTo(StageStatus.OPEN);
        assertThat(changes.progress(submitted.id()).canEdit()).isFalse();

        boolean financeToo = process.stages().stream().anyMatch(s -> s.name().equals("Finance"));
        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "right-sized now");
        if (financeToo) {
            TestUsers.loginAs("fiona", Role.FINANCE);
            requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "budgeted");
        }
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        clock.advance(Duration.ofSeconds(5));
        lifecycle.poll();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
    }

    @Test
    void onlyTheRequesterEditsOnlyWhenSentBackAndBadValuesChangeNothing() {
        ProductRequest pending = requests.submit(database("prod", "db.r7g.xlarge", "pending" + digits()));
        assertThatThrownBy(() -> changes.resubmit(pending.id(), database("prod", "db.m7g.large", "x")))
                .isInstanceOfSatisfying(RequestStateException.class,
                        e -> assertThat(e.status()).isEqualTo(RequestStatus.PENDING_APPROVAL));

        TestUsers.loginAs("avery", Role.APPROVER);
        ApprovalTask task = task(pending.id());
        approvals.requestChanges(task.id(), task.subjectHash(), "which VPC?");
        awaitStatus(pending.id(), RequestStatus.CHANGES_REQUESTED);

        TestUsers.loginAs("ivan", Role.ENGINEER);
        assertThat(changes.progress(pending.id()).canEdit()).isFalse();
        assertThatThrownBy(() -> changes.resubmit(pending.id(), database("prod", "db.m7g.large", "x")))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.loginAs("erin", Role.ENGINEER);
        Map<String, String> bad = new LinkedHashMap<>(database("prod", "db.m7g.large", "ok").parameters());
        bad.put("DBName", "Not-A-Name");
        assertThatThrownBy(() -> changes.resubmit(pending.id(), new NewProductRequest(RDS, null, "moon", ACCOUNT,
                bad, "", null))).isInstanceOfSatisfying(RequestValidationException.class, e ->
                assertThat(e.violations()).extracting(RequestViolation::field)
                        .contains("environment", "justification", "parameters.DBName"));
        assertThatThrownBy(() -> changes.resubmit(pending.id(), new NewProductRequest(
                ProductRequestsContract.S3, null, "prod", ACCOUNT, Map.of(), "other", null)))
                .isInstanceOfSatisfying(RequestValidationException.class, e ->
                        assertThat(e.violations()).extracting(RequestViolation::rule).containsExactly("IMMUTABLE"));
        ProductRequest unchanged = requests.get(pending.id());
        assertThat(unchanged.status()).isEqualTo(RequestStatus.CHANGES_REQUESTED);
        assertThat(unchanged.parameters()).containsEntry("InstanceClass", "db.r7g.xlarge");
        assertThat(requests.process(pending.id()).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void failedRequestKeepsItsSecretAndIsRetriedWithANewTokenUntilProvisioned() {
        String name = "dup" + digits();
        UUID first = provisioned(name);
        ProductRequest second = requests.submit(database("dev", "db.t4g.micro", name));
        awaitStatus(second.id(), RequestStatus.PROVISIONING);
        String firstToken = token(second.id());
        sandboxFinishes();

        ProductRequest failed = requests.get(second.id());
        assertThat(failed.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(failed.statusReason()).contains("already exists in account " + ACCOUNT);
        assertThat(secret(second.id())).startsWith("v2:legacy:");
        RequestProgress progress = changes.progress(second.id());
        assertThat(progress.canRetry()).isTrue();
        assertThat(progress.secretsToReenter()).isEmpty();

        // the conflicting database was removed by hand; the retry can now succeed
        jdbc.update("delete from provisioning.sandbox_provisioning_record where provisioned_name = ? and status = "
                + "'SUCCEEDED'", name);
        ProductRequest retried = changes.retry(second.id(), Map.of());
        assertThat(retried.status()).isEqualTo(RequestStatus.PROVISIONING);
        assertThat(retried.recordId()).isNull();
        String secondToken = token(second.id());
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(changes.progress(second.id()).attempt()).isEqualTo(2);

        lifecycle.poll();
        assertThat(jdbc.queryForObject("select count(*) from provisioning.sandbox_provisioning_record where "
                + "provision_token = ?", Integer.class, secondToken)).isEqualTo(1);
        sandboxFinishes();
        ProductRequest done = requests.get(second.id());
        assertThat(done.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(done.outputs()).containsKey("DbEndpoint");
        assertThat(secret(second.id())).isNull();
        assertThat(first).isNotEqualTo(second.id());
    }

    @Test
    void givenUpFailureForgetsTheSecretAndTheRetryAsksForItAgain() {
        String name = "gone" + digits();
        provisioned(name);
        ProductRequest second = requests.submit(database("dev", "db.t4g.micro", name));
        awaitStatus(second.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(second.id()).status()).isEqualTo(RequestStatus.FAILED);

        clock.advance(Duration.ofDays(8));
        lifecycle.poll();
        assertThat(secret(second.id())).isNull();
        assertThat(changes.progress(second.id()).secretsToReenter()).containsExactly("MasterPassword");

        assertThatThrownBy(() -> changes.retry(second.id(), Map.of()))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(RequestViolation::field, RequestViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("parameters.MasterPassword",
                                "REQUIRED")));
        assertThatThrownBy(() -> changes.retry(second.id(), Map.of("MasterPassword", "short")))
                .isInstanceOf(RequestValidationException.class);
        assertThat(requests.get(second.id()).status()).isEqualTo(RequestStatus.FAILED);

        changes.retry(second.id(), Map.of("MasterPassword", "An0ther-Str0ng-Passw0rd"));
        assertThat(secret(second.id())).startsWith("v2:legacy:").doesNotContain("An0ther");
        assertThat(requests.get(second.id()).status()).isEqualTo(RequestStatus.PROVISIONING);
    }

    @Test
    void onlyTheRequesterOrAPlatformAdminRetriesAndOnlyAFailedRequest() {
        String name = "who" + digits();
        UUID provisioned = provisioned(name);
        assertThatThrownBy(() -> changes.retry(provisioned, Map.of()))
                .isInstanceOf(RequestStateException.class).hasMessageContaining("PROVISIONED");
        ProductRequest second = requests.submit(database("dev", "db.t4g.micro", name));
        awaitStatus(second.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();

        TestUsers.loginAs("ivan", Role.ENGINEER); // same team: may read it, may not retry it
        assertThat(changes.progress(second.id()).canRetry()).isFalse();
        assertThatThrownBy(() -> changes.retry(second.id(), Map.of())).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(changes.progress(second.id()).canRetry()).isTrue();
        assertThat(changes.retry(second.id(), Map.of()).status()).isEqualTo(RequestStatus.PROVISIONING);
    }

    /** A dev database named {@code name}, provisioned. */
    UUID provisioned(String name) {
        ProductRequest first = requests.submit(database("dev", "db.t4g.micro", name));
        awaitStatus(first.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(first.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        return first.id();
    }

    @Test
    void theRequesterWithdrawsAPendingRequestItLeavesTheInboxAndItsSecretIsWiped() {
        ProductRequest submitted = requests.submit(database("prod", "db.r7g.xlarge", "orders" + digits()));
        assertThat(secret(submitted.id())).isNotNull();
        assertThat(changes.progress(submitted.id()).canWithdraw()).isTrue();
        TestUsers.loginAs("avery", Role.APPROVER);
        ApprovalTask task = task(submitted.id());
        assertThatThrownBy(() -> changes.withdraw(submitted.id(), "not yours"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        TestUsers.loginAs("erin", Role.ENGINEER);
        ProductRequest withdrawn = changes.withdraw(submitted.id(), "bought a managed service instead");

        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.statusReason()).endsWith("bought a managed service instead");
        assertThat(secret(submitted.id())).as("nothing to provision: the secret is wiped").isNull();
        assertThat(requests.process(submitted.id()).orElseThrow().status())
                .isEqualTo(dev.skyway.portal.approvals.ProcessStatus.WITHDRAWN);
        assertThat(changes.progress(submitted.id()).canWithdraw()).isFalse();
        assertThatThrownBy(() -> changes.withdraw(submitted.id(), "again")).isInstanceOf(RequestStateException.class);
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThatThrownBy(() -> approvals.approve(task.id(), task.subjectHash(), "too late"))
                .isInstanceOf(dev.skyway.portal.approvals.ApprovalRefusedException.class);
        // the ledger records module events after the commit, on another thread
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from platform.audit_entry where action = 'catalog.request-withdrawn' "
                        + "and target_id = ?", Integer.class, submitted.id().toString()) == 1);
    }

    ApprovalTask task(UUID requestId) {
        return approvals.tasks(new TaskQuery(RequestLifecycle.SUBJECT_TYPE, null, requestId.toString()), 0, 10)
                .stream().filter(t -> t.subject().id().equals(requestId.toString())).findFirst().orElseThrow();
    }

    String secret(UUID id) {
        return jdbc.queryForObject("select secret_value from provisioning.request_parameter where request_id = ? and "
                + "param_key = 'MasterPassword'", String.class, id);
    }

    static NewProductRequest database(String environment, String instanceClass, String dbName) {
        NewProductRequest base = ProductRequestsContract.database(environment, instanceClass,
                "prod".equals(environment) ? "1200" : "20");
        Map<String, String> parameters = new LinkedHashMap<>(base.parameters());
        parameters.put("DBName", dbName);
        return new NewProductRequest(RDS, null, environment, ACCOUNT, parameters, base.justification(), null,
                ProductRequestsContract.TAGS);
    }

    static String digits() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000));
    }
}
