package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.ApprovalStage;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.Stimuli;
import dev.skyway.testsupport.TestUsers;

/**
 * The product request flow on a real database (H2 and PostgreSQL through the subclasses): checked before anything is
 * stored, routed by the shipped approval policy, provisioned by the sandbox account after its delay, with NoEcho
 * values kept encrypted and never returned.
 */
abstract class ProductRequestsContract extends SandboxContract {

    static final String S3 = "prod-sbxs3bucket01";
    static final String RDS = "prod-sbxrdspgsql01";
    static final String ACCOUNT = "123456789012";
    static final String PASSWORD = "Sup3rSecret-Passw0rd";

    @Test
    void invalidParametersAreRefusedWithNothingStored() {
        int before = count("provisioning.product_request");
        int recordsBefore = count("provisioning.sandbox_provisioning_record");

        assertThatThrownBy(() -> requests.submit(new NewProductRequest(S3, null, "moon", "1234",
                Map.of("BucketNameSuffix", "Bad_Name", "Versioning", "Maybe"), " ", null, TAGS)))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(RequestViolation::field, RequestViolation::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("environment", "ALLOWED_VALUES"),
                                org.assertj.core.groups.Tuple.tuple("accountId", "ALLOWED_PATTERN"),
                                org.assertj.core.groups.Tuple.tuple("justification", "REQUIRED"),
                                org.assertj.core.groups.Tuple.tuple("parameters.BucketNameSuffix", "ALLOWED_PATTERN"),
                                org.assertj.core.groups.Tuple.tuple("parameters.Versioning", "ALLOWED_VALUES")));

        assertThat(count("provisioning.product_request")).isEqualTo(before);
        assertThat(count("provisioning.sandbox_provisioning_record")).isEqualTo(recordsBefore);
    }

    @Test
    void missingOrUnknownTagOptionValuesAndBadFreeTagsAreRefusedWithNothingStoredOrSent() {
        int before = count("provisioning.product_request");
        int tagsBefore = count("provisioning.request_tag");
        int recordsBefore = count("provisioning.sandbox_provisioning_record");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("cost-center", "CC-9999 Nowhere");
        tags.put("aws:createdBy", "me");
        tags.put("owner", "x".repeat(257));

        assertThatThrownBy(() -> requests.submit(bucket("dev", "tags-" + suffix(), tags)))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(RequestViolation::field, RequestViolation::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("tags.cost-center", "ALLOWED_VALUES"),
                                org.assertj.core.groups.Tuple.tuple("tags.data-classification", "REQUIRED"),
                                org.assertj.core.groups.Tuple.tuple("tags.aws:createdBy", "RESERVED_PREFIX"),
                                org.assertj.core.groups.Tuple.tuple("tags.owner", "MAX_LENGTH")));

        assertThat(count("provisioning.product_request")).isEqualTo(before);
        assertThat(count("provisioning.request_tag")).isEqualTo(tagsBefore);
        assertThat(count("provisioning.sandbox_provisioning_record")).isEqualTo(recordsBefore);
    }

    @Test
    void tagsAreStoredShownToApproversHashedAndPassedToTheProvisioner() {
        Map<String, String> tags = new LinkedHashMap<>(TAGS);
        tags.put("owner", "payments-team");
        tags.put("notes", "");
        ProductRequest submitted = requests.submit(bucket("dev", "tagged-" + suffix(), tags));

        assertThat(submitted.tags()).containsExactly(Map.entry("cost-center", "CC-1001 Payments"),
                Map.entry("data-classification", "internal"), Map.entry("owner", "payments-team"),
                Map.entry("notes", ""));
        assertThat(requests.get(submitted.id()).tags()).isEqualTo(submitted.tags());
        assertThat(requests.process(submitted.id()).orElseThrow().attributes().display())
                .containsEntry("tag cost-center", "CC-1001 Payments").containsEntry("tag owner", "payments-team");
        String hash = jdbc.queryForObject("select subject_hash from provisioning.product_request where id = ?",
                String.class, submitted.id());
        ProductRequest other = requests.submit(bucket("dev", "tagged-" + suffix(), TAGS));
        assertThat(jdbc.queryForObject("select subject_hash from provisioning.product_request where id = ?",
                String.class, other.id())).isNotEqualTo(hash);
        awaitStatus(other.id(), RequestStatus.PROVISIONING);

        ProductRequest provisioning = awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        Map<String, String> sent = new LinkedHashMap<>();
        jdbc.queryForList("select tag_key, tag_value from provisioning.sandbox_record_tag where record_id = ? "
                + "order by position", provisioning.recordId()).forEach(r -> sent.put((String) r.get("tag_key"),
                (String) r.get("tag_value")));
        // the TagOption wins over the request's cost center field; the portal adds its own tags
        assertThat(sent).containsEntry("cost-center", "CC-1001 Payments").containsEntry("owner", "payments-team")
                .containsEntry("data-classification", "internal").containsEntry("skyway:environment", "dev")
                .containsEntry("skyway:request", submitted.id().toString());
    }

    @Test
    void cheapDevBucketIsAutoApprovedAndProvisionedWithOutputsAfterTheDelay() {
        ProductRequest submitted = requests.submit(bucket("dev", "team-logs-" + suffix()));

        assertThat(submitted.estimatedMonthlyCost()).isEqualTo(Money.of("1.00", "USD"));
        ProductRequest provisioning = awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        assertThat(provisioning.recordId()).startsWith("rec-");
        assertThat(requests.process(submitted.id())).get().extracting(ApprovalProcess::autoApproved)
                .isEqualTo(true);

        lifecycle.poll();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONING);

        clock.advance(Duration.ofSeconds(3));
        scenario.stimulate(Stimuli.outsideTransactions(lifecycle::poll))
                .andWaitForEventOfType(ProductProvisioned.class)
                .matchingMappedValue(ProductProvisioned::requestId, submitted.id())
                .toArriveAndVerify((provisioned, finished) -> {
                    assertThat(provisioned.recordId()).isEqualTo(provisioning.recordId());
                    // other tests' requests in this database may come due at the same moment
                    assertThat(finished).isGreaterThanOrEqualTo(1);
                });

        ProductRequest done = requests.get(submitted.id());
        assertThat(done.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(done.outputs()).containsEntry("BucketName", ACCOUNT + "-eu-central-1-"
                + submitted.parameters().get("BucketNameSuffix"))
                .containsKey("BucketArn").containsKey("CloudFormationStackArn");
    }

    @Test
    void expensiveProdDatabaseGoesToAnApproverThenFinanceThenIsProvisioned() {
        ProductRequest submitted = requests.submit(database("prod", "db.r7g.xlarge", "1200"));

        assertThat(submitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(requests.process(submitted.id()).orElseThrow().stages()).extracting(ApprovalStage::name)
                .containsExactly("Team lead or approver", "Finance");

        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "fine");
        TestUsers.loginAs("fiona", Role.FINANCE);
        scenario.stimulate(() -> requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "budgeted"))
                .customize(Stimuli::onTheTestThread)
                .andWaitForStateChange(() -> requests.get(submitted.id()), at(RequestStatus.PROVISIONING))
                .andExpect(SubjectApproved.class)
                .matchingMappedValue(SubjectApproved::subjectId, submitted.id().toString())
                .toArrive();
        clock.advance(Duration.ofSeconds(5));
        scenario.stimulate(Stimuli.outsideTransactions(lifecycle::poll))
                .andWaitForEventOfType(ProductProvisioned.class)
                .matchingMappedValue(ProductProvisioned::requestId, submitted.id())
                .toArrive();
        ProductRequest done = requests.get(submitted.id());
        assertThat(done.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(done.outputs()).containsKeys("DbEndpoint", "DbPort", "DbName");
    }

    @Test
    void rejectedRequestIsRejectedWithTheReason() {
        ProductRequest submitted = requests.submit(bucket("staging", "reports-" + suffix()));

        TestUsers.loginAs("avery", Role.APPROVER);
        scenario.stimulate(() -> requests.reject(submitted.id(), requests.subjectHash(submitted.id()),
                        "use the shared reports bucket"))
                .customize(Stimuli::onTheTestThread)
                .andWaitForStateChange(() -> requests.get(submitted.id()), at(RequestStatus.REJECTED))
                .andExpect(SubjectRejected.class)
                .matchingMappedValue(SubjectRejected::subjectId, submitted.id().toString())
                .toArrive();

        ProductRequest rejected = requests.get(submitted.id());
        assertThat(rejected.statusReason()).isEqualTo("use the shared reports bucket");
        assertThat(rejected.recordId()).isNull();
    }

    @Test
    void requesterCannotApproveOwnRequestAndOthersNeedAnOpenTask() {
        ProductRequest submitted = requests.submit(bucket("staging", "own-" + suffix()));

        assertThatThrownBy(() -> requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "me"))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("your own request");
        TestUsers.loginAs("ivan", Role.ENGINEER);
        assertThatThrownBy(() -> requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "me"))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("no open approval task");
    }

    @Test
    void aSecondBucketWithTheSameNameInTheSameAccountFailsInPlainWords() {
        String name = "dup-" + suffix();
        ProductRequest first = requests.submit(bucket("dev", name));
        awaitStatus(first.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        ProductRequest second = requests.submit(bucket("dev", name));
        awaitStatus(second.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();

        ProductRequest failed = requests.get(second.id());
        assertThat(failed.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(failed.statusReason()).isEqualTo("A product named \"" + name + "\" of this kind already exists "
                + "in account " + ACCOUNT + ". Choose another name and request it again.");
        assertThat(requests.get(first.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
    }

    @Test
    void noEchoValueIsStoredEncryptedNeverReturnedAndWipedAfterProvisioning() {
        ProductRequest submitted = requests.submit(database("dev", "db.t4g.micro", "20"));

        assertThat(submitted.parameters()).containsEntry("MasterPassword", ProductRequest.MASKED);
        List<Map<String, Object>> stored = jdbc.queryForList("select param_value, secret_value from "
                + "provisioning.request_parameter where request_id = ? and param_key = 'MasterPassword'", submitted.id());
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row.get("param_value")).isNull();
            assertThat((String) row.get("secret_value")).startsWith("v2:legacy:").doesNotContain(PASSWORD);
        });
        assertThat(jdbc.queryForList("select param_value from provisioning.request_parameter", String.class))
                .doesNotContain(PASSWORD);
        assertThat(requests.process(submitted.id()).orElseThrow().attributes().display().values())
                .noneMatch(v -> v.contains(PASSWORD));

        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(jdbc.queryForObject("select secret_value from provisioning.request_parameter where request_id = ? "
                + "and param_key = 'MasterPassword'", String.class, submitted.id())).isNull();
    }

    @Test
    void provisionTokenIsPersistedBeforeTheCallAndReusedOnRetry() {
        ProductRequest submitted = requests.submit(bucket("staging", "retry-" + suffix()));
        String token = jdbc.queryForObject("select provision_token from provisioning.product_request where id = ?",
                String.class, submitted.id());
        assertThat(token).isNotBlank();
        assertThat(count("provisioning.sandbox_provisioning_record where provision_token = '" + token + "'")).isZero();

        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(submitted.id(), requests.subjectHash(submitted.id()), "ok");
        ProductRequest provisioning = awaitStatus(submitted.id(), RequestStatus.PROVISIONING);

        // a crash after the call but before the record id was kept: the poller provisions again with the token
        jdbc.update("update provisioning.product_request set record_id = null where id = ?", submitted.id());
        lifecycle.poll();

        assertThat(jdbc.queryForObject("select record_id from provisioning.product_request where id = ?", String.class,
                submitted.id())).isEqualTo(provisioning.recordId());
        assertThat(count("provisioning.sandbox_provisioning_record where provision_token = '" + token + "'"))
                .isEqualTo(1);
    }

    @Test
    void theTeamAndAdminsReadARequestButOtherTeamsCannot() {
        ProductRequest submitted = requests.submit(bucket("staging", "private-" + suffix()));

        TestUsers.loginAs("tess", Role.SECURITY); // TestUsers are all in team payments, as erin
        assertThat(requests.get(submitted.id()).id()).isEqualTo(submitted.id());
        loginInOtherTeam("otto", Role.ENGINEER);
        assertThatThrownBy(() -> requests.get(submitted.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(requests.get(submitted.id()).id()).isEqualTo(submitted.id());
    }

    /** Values for the sandbox's standard TagOptions (every sandbox product has them). */
    static final Map<String, String> TAGS = Map.of("cost-center", "CC-1001 Payments",
            "data-classification", "internal");

    static NewProductRequest bucket(String environment, String suffix) {
        return bucket(environment, suffix, TAGS);
    }

    static NewProductRequest bucket(String environment, String suffix, Map<String, String> tags) {
        return new NewProductRequest(S3, null, environment, ACCOUNT, Map.of("BucketNameSuffix", suffix),
                "logs for the payments service", "cc-1234", tags);
    }

    static NewProductRequest database(String environment, String instanceClass, String storage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MasterPassword", PASSWORD);
        parameters.put("InstanceClass", instanceClass);
        parameters.put("AllocatedStorage", storage);
        parameters.put("MultiAZ", "prod".equals(environment) ? "true" : "false");
        // a VPC and two private subnets of the sandbox network of account 123456789012 in us-east-1
        parameters.put("VpcId", "vpc-c60144761ddaa6b2e");
        parameters.put("SubnetIds", "subnet-33257e06966c08ed4,subnet-2c8c8c723180e9eb2");
        return new NewProductRequest(RDS, null, environment, ACCOUNT, parameters, "orders database", null, TAGS);
    }

    static void loginInOtherTeam(String username, Role role) {
        PortalUser user = new PortalUser(PortalUser.LOCAL_ISSUER, username, username, username, null, "search",
                java.util.Set.of(), java.util.Set.of(role));
        PortalPrincipal principal = () -> user;
        var token = new TestingAuthenticationToken(principal, null, role.authority());
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    int count(String tableAndWhere) {
        return jdbc.queryForObject("select count(*) from " + tableAndWhere, Integer.class);
    }
}
