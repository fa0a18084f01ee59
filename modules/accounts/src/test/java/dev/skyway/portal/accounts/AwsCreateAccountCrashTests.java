package dev.skyway.portal.accounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.accounts.internal.aws.OrganizationsAccountVendor;
import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.requests.VendingRunner;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The vending job with the real AWS Organizations adapter against a WireMock Organizations endpoint: whether the
 * portal died right after {@code CreateAccount} was sent, or the answer was lost on the wire, no second
 * {@code CreateAccount} ever reaches AWS; the operation is found by its email and join time ({@code ListAccounts},
 * then its {@code ListCreateAccountStatus} entry) and reconciled
 * with {@code DescribeCreateAccountStatus}. (The rest of the application runs on the sandbox.)
 */
@SpringBootTest(classes = AwsCreateAccountCrashTests.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AwsCreateAccountCrashTests {

    static final String TARGET = "AWSOrganizationsV20161128.";
    static final String CAR = "car-0123456789abcdef0123456789abcdef";
    static final String NEW_ACCOUNT = "210987654321";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @SpringBootApplication(scanBasePackages = {
            "dev.skyway.portal.platform", "dev.skyway.portal.approvals", "dev.skyway.portal.accounts"})
    @EnableMethodSecurity(jsr250Enabled = true)
    static class App {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        /** Organizations on WireMock; one attempt of at most 1 s, so a slow answer is a lost one. */
        @Bean
        @Primary
        AccountVendor organizationsOnWireMock() {
            AwsClientFactory factory = new AwsClientFactory(new AwsProperties(AwsMode.AWS, "us-east-1", null, null,
                    null, URI.create(aws.baseUrl()), Duration.ofSeconds(5), Duration.ofSeconds(1), 3),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
            return new OrganizationsAccountVendor(factory.create(OrganizationsClient.builder()));
        }
    }

    @Autowired
    AccountRequests requests;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRequestStore store;

    @Autowired
    VendingRunner runner;

    @Autowired
    AccountVendor vendor;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    String name;

    @BeforeEach
    void approvedRequest() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        // each test's request alone in flight: another test's leftovers must not call AWS during this one
        jdbc.update("update accounts.account_request set status = 'CANCELLED', queue_rank = null "
                + "where status in ('QUEUED', 'PROVISIONING', 'CLOSING')");
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        name = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        aws.stubFor(operation("ListCreateAccountStatus").willReturn(ok("{\"CreateAccountStatuses\":["
                + status("SUCCEEDED", "\"AccountId\":\"" + NEW_ACCOUNT + "\",") + "]}")));
        // the account AWS made for the lost call: this request's email, joined after the call was recorded as sent
        aws.stubFor(operation("ListAccounts").willReturn(ok("{\"Accounts\":[" + account(NEW_ACCOUNT,
                "aws+" + name + "@example.com", clock.instant().plusSeconds(60)) + "]}")));
        aws.stubFor(operation("DescribeCreateAccountStatus").willReturn(ok("{\"CreateAccountStatus\":"
                + status("SUCCEEDED", "\"AccountId\":\"" + NEW_ACCOUNT + "\",") + "}")));
        aws.stubFor(operation("ListParents").willReturn(ok("{\"Parents\":[{\"Id\":\"r-sk7y\",\"Type\":\"ROOT\"}]}")));
        aws.stubFor(operation("MoveAccount").willReturn(ok("{}")));
        aws.stubFor(operation("TagResource").willReturn(ok("{}")));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aProcessThatDiedAfterCreateAccountFindsTheOperationAfterTheRestartAndNeverCreatesTwice() {
        aws.stubFor(operation("CreateAccount").willReturn(ok("{\"CreateAccountStatus\":"
                + status("IN_PROGRESS", "") + "}")));
        AccountRequest queued = submitAndApprove();

        // what the job does before the call, then the call itself; the process dies before it stores the id
        tx.executeWithoutResult(s -> store.save(store.find(queued.id()).orElseThrow().lifecycle()
                .startVending(vendor.name(), clock.instant())));
        assertThat(vendor.start(VendingRunner.command(store.find(queued.id()).orElseThrow()))).isEqualTo(CAR);

        // the restarted job's passes
        runner.tick();
        runner.tick();

        AccountRequest reconciled = requests.get(queued.id());
        assertThat(reconciled.vending().operationId()).isEqualTo(CAR);
        assertThat(reconciled.vending().accountId()).isEqualTo(NEW_ACCOUNT);
        aws.verify(1, requested("CreateAccount"));
        aws.verify(moreThanOrExactly(1), requested("ListCreateAccountStatus"));
        aws.verify(moreThanOrExactly(1), requested("DescribeCreateAccountStatus")
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(CAR)));
        aws.verify(1, requested("MoveAccount"));
    }

    @Test
    void aCreateAccountWhoseAnswerWasLostIsLookedUpNotSentAgain() {
        // AWS creates the account but the answer comes after the attempt timeout
        aws.stubFor(operation("CreateAccount").willReturn(ok("{\"CreateAccountStatus\":"
                + status("IN_PROGRESS", "") + "}").withFixedDelay(2_500)));
        AccountRequest queued = submitAndApprove();

        runner.tick();
        AccountRequest unknown = store.find(queued.id()).orElseThrow();
        assertThat(unknown.status()).isEqualTo(AccountRequestStatus.PROVISIONING);
        assertThat(unknown.vending().startSentAt()).isNotNull();
        assertThat(unknown.vending().operationId()).isNull();

        runner.tick();
        runner.tick();
        AccountRequest reconciled = requests.get(queued.id());
        assertThat(reconciled.vending().operationId()).isEqualTo(CAR);
        assertThat(reconciled.vending().accountId()).isEqualTo(NEW_ACCOUNT);
        aws.verify(1, requested("CreateAccount"));
    }

    private AccountRequest submitAndApprove() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        AccountRequest submitted = requests.submit(new NewAccountRequest(name, "aws+" + name + "@example.com",
                AccountRequestsContract.SANDBOX_OU, "Erin", "Engineer", "erin@example.com", "payments", "CC-2100",
                "dev", new BigDecimal("100.00"), List.of("security-baseline"), Map.of(), "crash test"));
        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(submitted.id(), submitted.approval().subjectHash(), "fine");
        await().atMost(Duration.ofSeconds(10)).until(() -> store.find(submitted.id()).orElseThrow().status()
                == AccountRequestStatus.QUEUED);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        return store.find(submitted.id()).orElseThrow();
    }

    /** A stranger's account with this request's name, and the request's own one, both joined after the call. */
    @Test
    void twoAccountsMatchingTheLostCallStopVendingForAnOperatorWithoutASecondCreateAccount() {
        aws.stubFor(operation("CreateAccount").willReturn(ok("{\"CreateAccountStatus\":"
                + status("IN_PROGRESS", "") + "}").withFixedDelay(2_500)));
        aws.stubFor(operation("ListAccounts").willReturn(ok("{\"Accounts\":["
                + account("111111111111", "aws+" + name + "@example.com", clock.instant().plusSeconds(30)) + ","
                + account(NEW_ACCOUNT, "aws+" + name + "@example.com", clock.instant().plusSeconds(60)) + "]}")));
        AccountRequest queued = submitAndApprove();

        runner.tick();
        runner.tick();
        runner.tick();

        AccountRequest stopped = requests.get(queued.id());
        assertThat(stopped.status()).isEqualTo(AccountRequestStatus.NEEDS_OPERATOR);
        assertThat(stopped.progress().failureCode()).isEqualTo("START_AMBIGUOUS");
        assertThat(stopped.progress().reason()).contains("111111111111", NEW_ACCOUNT, "platform operator");
        assertThat(stopped.vending().operationId()).isNull();
        assertThat(stopped.vending().accountId()).isNull();
        aws.verify(1, requested("CreateAccount"));
        aws.verify(0, requested("MoveAccount"));
    }

    @Test
    void noAccountMatchingTheLostCallNeedsAnOperatorAfterTheGraceWithoutASecondCreateAccount() {
        aws.stubFor(operation("CreateAccount").willReturn(ok("{\"CreateAccountStatus\":"
                + status("IN_PROGRESS", "") + "}").withFixedDelay(2_500)));
        // only a same-name account of someone else
        aws.stubFor(operation("ListAccounts").willReturn(ok("{\"Accounts\":[" + account("111111111111",
                "someone-else@example.com", clock.instant().plusSeconds(30)).replace("\"Name\":\"x\"",
                "\"Name\":\"" + name + "\"") + "]}")));
        AccountRequest queued = submitAndApprove();

        runner.tick();
        runner.tick();
        assertThat(requests.get(queued.id()).status()).isEqualTo(AccountRequestStatus.PROVISIONING);
        clock.advance(Duration.ofMinutes(31));
        runner.tick();

        AccountRequest stopped = requests.get(queued.id());
        assertThat(stopped.status()).isEqualTo(AccountRequestStatus.NEEDS_OPERATOR);
        assertThat(stopped.progress().failureCode()).isEqualTo("START_UNCONFIRMED");
        assertThat(stopped.progress().reason()).contains("aws+" + name + "@example.com");
        assertThat(stopped.vending().accountId()).isNull();
        aws.verify(1, requested("CreateAccount"));
    }

    @Test
    void aRecordedRequestIdIsFollowedDirectlyWithoutLookingAnyAccountUp() {
        aws.stubFor(operation("CreateAccount").willReturn(ok("{\"CreateAccountStatus\":"
                + status("IN_PROGRESS", "") + "}")));
        AccountRequest queued = submitAndApprove();

        runner.tick();
        runner.tick();

        AccountRequest followed = requests.get(queued.id());
        assertThat(followed.vending().operationId()).isEqualTo(CAR);
        assertThat(followed.vending().accountId()).isEqualTo(NEW_ACCOUNT);
        aws.verify(1, requested("CreateAccount"));
        aws.verify(0, requested("ListAccounts"));
        aws.verify(0, requested("ListCreateAccountStatus"));
    }

    private static String account(String id, String email, Instant joined) {
        return "{\"Id\":\"" + id + "\",\"Name\":\"x\",\"Email\":\"" + email + "\",\"Status\":\"ACTIVE\","
                + "\"JoinedMethod\":\"CREATED\",\"JoinedTimestamp\":" + joined.getEpochSecond() + "}";
    }

    private String status(String state, String extra) {
        return "{\"Id\":\"" + CAR + "\",\"AccountName\":\"" + name + "\",\"State\":\"" + state + "\"," + extra
                + "\"RequestedTimestamp\":1.7776E9}";
    }

    private static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    private static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }
}
