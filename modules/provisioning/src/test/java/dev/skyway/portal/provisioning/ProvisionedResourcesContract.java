package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.TestUsers;

/**
 * Day 2 on a real database (H2 and PostgreSQL through the subclasses): provisioned products listed for their requester
 * and team; updates and terminations as requests of their own through the approval engine, run by the sandbox
 * asynchronously with their own tokens; one change at a time; bad input refused with nothing stored.
 */
abstract class ProvisionedResourcesContract extends SandboxContract {

    static final String S3 = ProductRequestsContract.S3;
    static final String ACCOUNT = ProductRequestsContract.ACCOUNT;

    @Autowired
    ProvisionedResources resources;

    @Autowired
    SentBackChanges sentBack;

    @Autowired
    ProductRequestChanges changes;

    @Autowired
    dev.skyway.portal.approvals.Approvals approvals;

    @Test
    void provisionedProductsAreListedForTheRequesterAndTheirTeamWithOutputsAndFilters() {
        String suffix = "res-" + ProductRequestsContract.suffix();
        UUID id = provisionedBucket(suffix);

        ProvisionedResource resource = resources.get(id);
        assertThat(resource.name()).isEqualTo(suffix);
        assertThat(resource.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(resource.since()).isEqualTo(clock.instant());
        assertThat(resource.outputs()).containsEntry("BucketName", ACCOUNT + "-eu-central-1-" + suffix);
        assertThat(resource.pendingChange()).isNull();
        assertThat(resources.mine(new ResourceQuery(suffix, null, null), 0, 10))
                .extracting(ProvisionedResource::id).containsExactly(id);
        assertThat(resources.countMine(new ResourceQuery(suffix, null, "prod"))).isZero();
        assertThat(resources.countMine(new ResourceQuery(suffix, RequestStatus.TERMINATED, null))).isZero();

        TestUsers.loginAs("ivan", Role.ENGINEER); // same team
        assertThat(resources.mine(new ResourceQuery(suffix, null, "dev"), 0, 10)).hasSize(1);
        ProductRequestsContract.loginInOtherTeam("otto", Role.ENGINEER);
        assertThat(resources.countMine(new ResourceQuery(suffix, null, null))).isZero();
        assertThatThrownBy(() -> resources.get(id)).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("fiona", Role.FINANCE);
        assertThatThrownBy(() -> resources.mine(ResourceQuery.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void updateIsARequestOfItsOwnThatChangesTheParametersOnceApprovedAndProvisioned() {
        String suffix = "upd-" + ProductRequestsContract.suffix();
        UUID id = provisionedBucket(suffix);

        ProductRequest update = resources.requestUpdate(id, Map.of("BucketNameSuffix", suffix,
                "Versioning", "Suspended", "ExpireAfterDays", "30"), "objects older than a month are useless");

        assertThat(update.id()).isNotEqualTo(id);
        assertThat(update.tags()).as("a change keeps the product's tags").isEqualTo(requests.get(id).tags())
                .containsKey("cost-center");
        assertThat(requests.process(update.id()).orElseThrow().attributes().action()).isEqualTo(SubjectAction.UPDATE);
        assertThat(token(update.id())).isNotEqualTo(token(id));
        assertThatThrownBy(() -> resources.requestTermination(id, "while updating"))
                .isInstanceOf(RequestStateException.class).hasMessageContaining("already under way");

        awaitStatus(update.id(), RequestStatus.PROVISIONING); // dev under 50 USD: approved by rule
        assertThat(resources.get(id).pendingAction()).isEqualTo(RequestAction.UPDATE);
        sandboxFinishes();

        assertThat(requests.get(update.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        ProvisionedResource updated = resources.get(id);
        assertThat(updated.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(updated.parameters()).containsEntry("Versioning", "Suspended")
                .containsEntry("ExpireAfterDays", "30");
        assertThat(updated.outputs()).containsEntry("BucketName", ACCOUNT + "-eu-central-1-" + suffix);
        assertThat(updated.pendingChange()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from provisioning.sandbox_provisioning_record where kind = "
                + "'UPDATE' and provision_token = ?", Integer.class, token(update.id()))).isEqualTo(1);
    }

    @Test
    void terminationGoesThroughApprovalThenTerminatingThenTerminatedAndFreesTheName() {
        String suffix = "term-" + ProductRequestsContract.suffix();
        UUID id = provisionedBucket(suffix);

        ProductRequest termination = resources.requestTermination(id, "project ended");
        assertThat(requests.process(termination.id()).orElseThrow().attributes().action())
                .isEqualTo(SubjectAction.TERMINATE);
        awaitStatus(termination.id(), RequestStatus.TERMINATING);
        assertThat(resources.get(id).status()).isEqualTo(RequestStatus.TERMINATING);

        sandboxFinishes();

        assertThat(requests.get(termination.id()).status()).isEqualTo(RequestStatus.TERMINATED);
        assertThat(resources.get(id).status()).isEqualTo(RequestStatus.TERMINATED);
        assertThat(resources.countMine(new ResourceQuery(suffix, null, null))).isZero();
        assertThat(resources.countMine(new ResourceQuery(suffix, RequestStatus.TERMINATED, null))).isEqualTo(1);
        assertThatThrownBy(() -> resources.requestUpdate(id, Map.of("BucketNameSuffix", suffix), "again"))
                .isInstanceOf(RequestStateException.class).hasMessageContaining("TERMINATED");

        UUID again = provisionedBucket(suffix); // the name is free again
        assertThat(resources.get(again).status()).isEqualTo(RequestStatus.PROVISIONED);
    }

    @Test
    void badChangesAreRefusedWithNothingStoredAndOtherTeamsCannotChange() {
        String suffix = "bad-" + ProductRequestsContract.suffix();
        UUID id = provisionedBucket(suffix);
        int before = count();

        assertThatThrownBy(() -> resources.requestUpdate(id, Map.of("BucketNameSuffix", "UPPER",
                "Versioning", "Maybe"), " ")).isInstanceOfSatisfying(RequestValidationException.class, e ->
                assertThat(e.violations()).extracting(RequestViolation::field).containsExactlyInAnyOrder(
                        "parameters.BucketNameSuffix", "parameters.Versioning", "justification"));
        assertThatThrownBy(() -> resources.requestTermination(id, ""))
                .isInstanceOfSatisfying(RequestValidationException.class, e ->
                        assertThat(e.violations()).extracting(RequestViolation::rule).containsExactly("REQUIRED"));
        ProductRequestsContract.loginInOtherTeam("otto", Role.ENGINEER);
        assertThatThrownBy(() -> resources.requestTermination(id, "not mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void updateOfADatabaseKeepsTheSecretWhenLeftEmpty() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        Map<String, String> db = new LinkedHashMap<>(ProductRequestsContract.database("dev", "db.t4g.micro", "20")
                .parameters());
        db.put("DBName", "keep" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000));
        ProductRequest created = requests.submit(new NewProductRequest(ProductRequestsContract.RDS, null, "dev",
                ACCOUNT, db, "orders", null, ProductRequestsContract.TAGS));
        awaitStatus(created.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();

        Map<String, String> changed = new LinkedHashMap<>(db);
        changed.put("MasterPassword", "");
        changed.put("AllocatedStorage", "40");
        ProductRequest update = resources.requestUpdate(created.id(), changed, "more room");
        assertThat(update.parameters()).containsEntry("MasterPassword", ProductRequest.MASKED)
                .containsEntry("AllocatedStorage", "40");
        awaitStatus(update.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(update.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(resources.get(created.id()).parameters()).containsEntry("AllocatedStorage", "40");
    }

    @Test
    void anUpdateSentBackIsEditedAndResubmittedAsANewVersionThenApplied() {
        String suffix = "sbu-" + ProductRequestsContract.suffix();
        UUID id = provisionedStagingBucket(suffix);
        ProductRequest update = resources.requestUpdate(id, Map.of("BucketNameSuffix", suffix,
                "Versioning", "Suspended", "ExpireAfterDays", "30"), "objects older than a month are useless");
        String firstHash = hash(update.id());
        sendBack(update.id(), "keep versioning on, just expire the objects");

        assertThat(changes.progress(update.id()).canEdit()).isTrue();
        assertThat(sentBack.checkUpdate(update.id(), Map.of("BucketNameSuffix", suffix, "Versioning", "Maybe"), ""))
                .extracting(RequestViolation::field).containsExactlyInAnyOrder("parameters.Versioning",
                        "justification");
        assertThatThrownBy(() -> sentBack.resubmitUpdate(update.id(), Map.of("BucketNameSuffix", suffix,
                "Versioning", "Maybe"), "x")).isInstanceOf(RequestValidationException.class);
        assertThatThrownBy(() -> sentBack.resubmitTermination(update.id(), "an update, not a termination"))
                .isInstanceOf(RequestStateException.class).hasMessageContaining("UPDATE");
        TestUsers.loginAs("ivan", Role.ENGINEER); // same team: reads it, may not resubmit it
        assertThat(changes.progress(update.id()).canEdit()).isFalse();
        assertThatThrownBy(() -> sentBack.resubmitUpdate(update.id(), Map.of("BucketNameSuffix", suffix), "mine"))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(requests.get(update.id()).parameters()).containsEntry("Versioning", "Suspended");

        ProductRequest resubmitted = sentBack.resubmitUpdate(update.id(), Map.of("BucketNameSuffix", suffix,
                "Versioning", "Enabled", "ExpireAfterDays", "30"), "expire objects after a month");

        assertThat(resubmitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(resubmitted.statusReason()).isNull();
        assertThat(resubmitted.parameters()).containsEntry("Versioning", "Enabled");
        assertThat(resubmitted.purpose().justification()).isEqualTo("expire objects after a month");
        assertThat(resubmitted.resubmissions()).singleElement().satisfies(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.note()).isNull();
        });
        assertThat(hash(update.id())).isNotEqualTo(firstHash);
        var process = requests.process(update.id()).orElseThrow();
        assertThat(process.revision()).isEqualTo(2);
        assertThat(process.subjectHash()).isEqualTo(hash(update.id()));
        assertThat(process.attributes().display()).containsEntry("Versioning", "Enabled");
        assertThat(resources.get(id).pendingChange()).isEqualTo(update.id());

        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(update.id(), requests.subjectHash(update.id()), "fine now");
        TestUsers.loginAs("erin", Role.ENGINEER);
        awaitStatus(update.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(update.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(resources.get(id).parameters()).containsEntry("Versioning", "Enabled")
                .containsEntry("ExpireAfterDays", "30");
    }

    @Test
    void aTerminationSentBackIsResubmittedWithTheRequestersAnswerWhichApproversRead() {
        String suffix = "sbt-" + ProductRequestsContract.suffix();
        UUID id = provisionedStagingBucket(suffix);
        ProductRequest termination = resources.requestTermination(id, "project ended");
        String firstHash = hash(termination.id());
        assertThatThrownBy(() -> sentBack.resubmitTermination(termination.id(), "not sent back yet"))
                .isInstanceOfSatisfying(RequestStateException.class,
                        e -> assertThat(e.status()).isEqualTo(RequestStatus.PENDING_APPROVAL));
        sendBack(termination.id(), "is anything still reading from it?");

        assertThat(changes.progress(termination.id()).canEdit()).isTrue();
        int before = count();
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> sentBack.resubmitTermination(termination.id(), blank))
                    .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                            .extracting(RequestViolation::field, RequestViolation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("note", "REQUIRED")));
        }
        assertThatThrownBy(() -> sentBack.resubmitUpdate(termination.id(), Map.of(), "edit a termination"))
                .isInstanceOf(RequestStateException.class).hasMessageContaining("TERMINATE");
        assertThat(requests.get(termination.id()).status()).isEqualTo(RequestStatus.CHANGES_REQUESTED);
        assertThat(requests.get(termination.id()).resubmissions()).isEmpty();

        ProductRequest resubmitted = sentBack.resubmitTermination(termination.id(),
                "  nothing reads it since March; the access logs are empty  ");

        assertThat(resubmitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(resubmitted.resubmissions()).singleElement().satisfies(r -> {
            assertThat(r.note()).isEqualTo("nothing reads it since March; the access logs are empty");
            assertThat(r.actorName()).isNotBlank();
            assertThat(r.at()).isEqualTo(clock.instant());
        });
        assertThat(hash(termination.id())).isNotEqualTo(firstHash);
        var process = requests.process(termination.id()).orElseThrow();
        assertThat(process.revision()).isEqualTo(2);
        assertThat(process.subjectHash()).isEqualTo(hash(termination.id()));
        assertThat(process.attributes().display()).containsEntry(ProvisionedResources.RESUBMISSION_NOTE,
                "nothing reads it since March; the access logs are empty");
        assertThat(count()).isEqualTo(before);
        assertThatThrownBy(() -> sentBack.resubmitTermination(termination.id(), "again"))
                .isInstanceOf(RequestStateException.class);

        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(termination.id(), requests.subjectHash(termination.id()), "ok then");
        TestUsers.loginAs("erin", Role.ENGINEER);
        awaitStatus(termination.id(), RequestStatus.TERMINATING);
        sandboxFinishes();
        assertThat(resources.get(id).status()).isEqualTo(RequestStatus.TERMINATED);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from platform.audit_entry where action = 'catalog.request-resubmitted' "
                        + "and target_id = ?", Integer.class, termination.id().toString()) == 1);
    }

    @Test
    void aSandboxProductThatComesOutTaintedFailsWithAwsMessageAndTheRetryReplacesIt() {
        String name = "tnt" + ProductRequestsContract.suffix() + "-tainted";
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("dev", name));
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        String firstToken = token(submitted.id());
        sandboxFinishes();

        ProductRequest failed = requests.get(submitted.id());
        assertThat(failed.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(failed.statusReason()).startsWith("AWS reports the provisioned product pp-")
                .contains(" as TAINTED: ").contains("UPDATE_ROLLBACK_COMPLETE").contains("Access Denied");
        assertThat(jdbc.queryForObject("select status from provisioning.sandbox_provisioning_record where "
                + "provision_token = ?", String.class, firstToken)).as("the record itself succeeded")
                .isEqualTo("SUCCEEDED");
        assertThat(resources.countMine(new ResourceQuery(name, null, null))).isZero();
        assertThat(resources.countMine(new ResourceQuery(name, null, null, true)))
                .as("a first provisioning that came out TAINTED is a failed request, not a resource, even though "
                        + "AWS lists the product").isZero();
        assertThatThrownBy(() -> resources.get(submitted.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(changes.progress(submitted.id()).canRetry()).isTrue();

        changes.retry(submitted.id(), Map.of());
        lifecycle.poll();
        sandboxFinishes();

        ProductRequest done = requests.get(submitted.id());
        assertThat(done.status()).as("the trigger fires only on the first attempt")
                .isEqualTo(RequestStatus.PROVISIONED);
        assertThat(done.parameters()).containsEntry("BucketNameSuffix", name);
        assertThat(done.outputs()).containsEntry("BucketName", ACCOUNT + "-eu-central-1-" + name);
        assertThat(jdbc.queryForObject("select count(*) from provisioning.sandbox_provisioning_record where "
                + "provisioned_name = ? and terminated_at is null and product_status is null", Integer.class, name))
                .as("the tainted product was replaced").isEqualTo(1);
        ProvisionedResource replaced = resources.get(submitted.id());
        assertThat(replaced.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(replaced.health().status()).as("the retry's record reported the new product")
                .isEqualTo(ProductStatus.AVAILABLE);
        assertThat(replaced.health().message()).isNull();
        assertThat(replaced.unhealthy()).isFalse();
    }

    @Test
    void anUpdateTheSandboxCannotMakeLeavesTheProductInErrorAndTheRetryGoesThrough() {
        String suffix = "err-" + ProductRequestsContract.suffix();
        UUID id = provisionedBucket(suffix);
        ProductRequest rename = resources.requestUpdate(id, Map.of("BucketNameSuffix", suffix + "-renamed",
                "Versioning", "Enabled"), "a clearer name");
        awaitStatus(rename.id(), RequestStatus.PROVISIONING); // dev: approved by rule
        sandboxFinishes();

        ProductRequest failed = requests.get(rename.id());
        assertThat(failed.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(failed.statusReason()).contains(" as ERROR: ").contains("UPDATE_ROLLBACK_FAILED")
                .contains("custom-named resource requires replacing. Rename " + suffix + "-renamed");
        ProvisionedResource resource = resources.get(id);
        assertThat(resource.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(resource.parameters()).containsEntry("BucketNameSuffix", suffix);
        assertThat(resource.pendingChange()).isNull();
        assertThat(resource.health().status()).as("AWS's view of the product shows on the resource")
                .isEqualTo(ProductStatus.ERROR);
        assertThat(resource.unhealthy()).isTrue();
        assertThat(resource.health().message()).contains("UPDATE_ROLLBACK_FAILED")
                .doesNotContain("AWS reports the provisioned product");
        assertThat(resource.health().reportedBy()).as("the failed request, whose page has Retry")
                .isEqualTo(rename.id());
        assertThat(resources.mine(new ResourceQuery(suffix, null, null, true), 0, 10))
                .extracting(ProvisionedResource::id).containsExactly(id);
        assertThat(resources.countMine(new ResourceQuery(suffix, null, null, true))).isEqualTo(1);
        TestUsers.loginAs("ivan", Role.ENGINEER); // same team: sees it too
        assertThat(resources.get(id).health().status()).isEqualTo(ProductStatus.ERROR);
        TestUsers.loginAs("erin", Role.ENGINEER);

        changes.retry(rename.id(), Map.of());
        lifecycle.poll();
        assertThat(resources.get(id).health().status()).as("unchanged while the retry runs")
                .isEqualTo(ProductStatus.ERROR);
        sandboxFinishes();
        assertThat(requests.get(rename.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        ProvisionedResource repaired = resources.get(id);
        assertThat(repaired.health().status()).isEqualTo(ProductStatus.AVAILABLE);
        assertThat(repaired.health().message()).isNull();
        assertThat(repaired.health().reportedBy()).isEqualTo(rename.id());
        assertThat(resources.countMine(new ResourceQuery(suffix, null, null, true))).isZero();
        assertThat(resources.get(id).parameters()).containsEntry("BucketNameSuffix", suffix + "-renamed");
        assertThat(jdbc.queryForObject("select count(*) from provisioning.sandbox_provisioning_record where kind = "
                + "'PROVISION' and provisioned_name = ? and product_status is null", Integer.class, suffix))
                .as("the product is repaired").isEqualTo(1);
    }

    @Test
    void aProductInErrorIsRepairedByAnotherUpdateWithValuesAwsCanApply() {
        String suffix = "fix-" + ProductRequestsContract.suffix();
        UUID id = provisionedBucket(suffix);
        assertThat(resources.get(id).health().status()).isEqualTo(ProductStatus.AVAILABLE);
        assertThat(resources.get(id).health().reportedBy()).as("its own provisioning reported it").isEqualTo(id);
        ProductRequest rename = resources.requestUpdate(id, Map.of("BucketNameSuffix", suffix + "-renamed",
                "Versioning", "Enabled"), "a clearer name");
        awaitStatus(rename.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(resources.get(id).health().status()).isEqualTo(ProductStatus.ERROR);

        assertThat(resources.checkUpdate(id, Map.of("BucketNameSuffix", suffix, "Versioning", "Suspended"),
                "keep the name")).as("an update stays possible: it is how AWS repairs an ERROR").isEmpty();
        ProductRequest repair = resources.requestUpdate(id, Map.of("BucketNameSuffix", suffix,
                "Versioning", "Suspended"), "keep the name");
        awaitStatus(repair.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();

        assertThat(requests.get(repair.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        ProvisionedResource repaired = resources.get(id);
        assertThat(repaired.health().status()).isEqualTo(ProductStatus.AVAILABLE);
        assertThat(repaired.health().reportedBy()).isEqualTo(repair.id());
        assertThat(repaired.parameters()).containsEntry("Versioning", "Suspended");
        assertThat(requests.get(rename.id()).status()).as("the failed rename stays failed")
                .isEqualTo(RequestStatus.FAILED);
    }

    /** A staging bucket (one approver), provisioned: its changes need an approver too. */
    UUID provisionedStagingBucket(String suffix) {
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("staging", suffix));
        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "ok");
        TestUsers.loginAs("erin", Role.ENGINEER);
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        return submitted.id();
    }

    /** The approver asks the requester for changes. */
    void sendBack(UUID id, String comment) {
        TestUsers.loginAs("avery", Role.APPROVER);
        var task = approvals.tasks(new dev.skyway.portal.approvals.TaskQuery(RequestLifecycle.SUBJECT_TYPE, null,
                id.toString()), 0, 10).stream().filter(t -> t.subject().id().equals(id.toString())).findFirst()
                .orElseThrow();
        approvals.requestChanges(task.id(), task.subjectHash(), comment);
        TestUsers.loginAs("erin", Role.ENGINEER);
        awaitStatus(id, RequestStatus.CHANGES_REQUESTED);
        assertThat(requests.get(id).statusReason()).isEqualTo(comment);
    }

    String hash(UUID id) {
        return jdbc.queryForObject("select subject_hash from provisioning.product_request where id = ?", String.class, id);
    }

    UUID provisionedBucket(String suffix) {
        ProductRequest submitted = requests.submit(ProductRequestsContract.bucket("dev", suffix));
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        return submitted.id();
    }

    int count() {
        return jdbc.queryForObject("select count(*) from provisioning.product_request", Integer.class);
    }
}
