package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonError;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingOutcomeUnknownException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountFailureReason;

/**
 * A real Organizations client (platform factory) against WireMock on loopback, JSON protocol: CreateAccount sent
 * once, the creation found again after a crash without a second CreateAccount, every failure reason in plain words,
 * placing and tagging, throttling retried and given up.
 */
class OrganizationsAccountVendorTests {

    static final String TARGET = "AWSOrganizationsV20161128.";
    static final String CAR = "car-exampleaccountcreationrequestid111";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    final VendingCommand command = new VendingCommand("payments-prod", "aws+payments-prod@example.com",
            "ou-ab12-wrk00001", "Workloads", "dev@example.com", "Dana", "Dev",
            Map.of("owner-team", "payments", "cost-center", "CC-2100"), "9f1c2d3e-idem");

    AwsClientFactory factory;
    OrganizationsClient client;

    OrganizationsAccountVendor vendor(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        client = factory.create(OrganizationsClient.builder());
        return new OrganizationsAccountVendor(client);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
            factory.close();
        }
    }

    static MappingBuilder operation(String name) {
        return AwsStubs.jsonOperation(TARGET, name);
    }

    static RequestPatternBuilder requested(String name) {
        return AwsStubs.jsonRequested(TARGET, name);
    }

    static String status(String id, String name, String state, double requestedAt, String extra) {
        return """
                {"Id":"%s","AccountName":"%s","State":"%s","RequestedTimestamp":%s%s}"""
                .formatted(id, name, state, requestedAt, extra);
    }

    void stubCreateAccount() {
        aws.stubFor(operation("CreateAccount").willReturn(jsonOk("{\"CreateAccountStatus\":"
                + status(CAR, "payments-prod", "IN_PROGRESS", 1.7632E9, "") + "}")));
    }

    @Test
    void startSendsCreateAccountWithNameEmailAndTagsAndReturnsTheRequestId() {
        stubCreateAccount();

        String id = vendor(3).start(command);

        assertThat(id).isEqualTo(CAR);
        aws.verify(1, requested("CreateAccount").withRequestBody(equalToJson("""
                {"AccountName":"payments-prod","Email":"aws+payments-prod@example.com",
                 "Tags":[{"Key":"cost-center","Value":"CC-2100"},{"Key":"owner-team","Value":"payments"}]}""")));
    }

    @Test
    void billingAccessAndRoleNameAreSentOnlyWhenConfigured() {
        stubCreateAccount();
        vendor(3);
        new OrganizationsAccountVendor(client, "PortalAdmin", false).start(command);

        aws.verify(1, requested("CreateAccount")
                .withRequestBody(matchingJsonPath("$.IamUserAccessToBilling", equalTo("DENY")))
                .withRequestBody(matchingJsonPath("$.RoleName", equalTo("PortalAdmin"))));
    }

    @Test
    void aCrashAfterCreateAccountIsReconciledWithoutASecondCreateAccount() {
        stubCreateAccount();
        aws.stubFor(operation("ListAccounts").willReturn(jsonOk("""
                {"Accounts":[{"Id":"555555555555","Name":"payments-prod","Email":"aws+payments-prod@example.com",
                 "Status":"ACTIVE","JoinedMethod":"CREATED","JoinedTimestamp":1.7632001E9}]}""")));
        aws.stubFor(operation("ListCreateAccountStatus").willReturn(jsonOk("{\"CreateAccountStatuses\":["
                + status(CAR, "payments-prod", "SUCCEEDED", 1.7632E9, ",\"AccountId\":\"555555555555\"") + "]}")));
        aws.stubFor(operation("DescribeCreateAccountStatus")
                .withRequestBody(equalToJson("{\"CreateAccountRequestId\":\"" + CAR + "\"}"))
                .willReturn(jsonOk("{\"CreateAccountStatus\":" + status(CAR, "payments-prod", "SUCCEEDED", 1.7632E9,
                        ",\"AccountId\":\"555555555555\",\"CompletedTimestamp\":1.7632001E9") + "}")));

        // the portal sends CreateAccount, AWS answers, and the portal dies before storing the car- id
        vendor(3).start(command);
        client.close();
        factory.close();

        // after the restart: a new client and adapter, and only "start sent" in the database
        OrganizationsAccountVendor restarted = vendor(3);
        String found = ((Recovery.Found) restarted.find(command, java.time.Instant.ofEpochSecond(1_763_200_000)))
                .operationId();
        VendingProgress progress = restarted.progress(found);

        assertThat(found).isEqualTo(CAR);
        assertThat(progress).isEqualTo(VendingProgress.succeeded("555555555555"));
        aws.verify(1, requested("CreateAccount"));
        aws.verify(1, requested("DescribeCreateAccountStatus"));
    }

    @Test
    void progressIsInProgressUntilAwsReportsTheAccount() {
        aws.stubFor(operation("DescribeCreateAccountStatus").willReturn(jsonOk("{\"CreateAccountStatus\":"
                + status(CAR, "payments-prod", "IN_PROGRESS", 1.7632E9, "") + "}")));

        assertThat(vendor(3).progress(CAR).state()).isEqualTo(VendingProgress.State.IN_PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(value = CreateAccountFailureReason.class, names = "UNKNOWN_TO_SDK_VERSION",
            mode = EnumSource.Mode.EXCLUDE)
    void everyFailureReasonIsShownInPlainWords(CreateAccountFailureReason reason) {
        aws.stubFor(operation("DescribeCreateAccountStatus").willReturn(jsonOk("{\"CreateAccountStatus\":"
                + status(CAR, "payments-prod", "FAILED", 1.7632E9, ",\"FailureReason\":\"" + reason + "\"") + "}")));

        VendingProgress progress = vendor(3).progress(CAR);

        assertThat(progress.state()).isEqualTo(VendingProgress.State.FAILED);
        assertThat(progress.failureReason()).isEqualTo(reason.toString());
        assertThat(CreateAccountFailures.knows(reason)).as("words for " + reason).isTrue();
        assertThat(progress.message()).isNotBlank().doesNotContain(reason.toString())
                .doesNotStartWith("AWS Organizations could not create the account (reason");
    }

    @Test
    void theFailureReasonsThatPeopleMeetMostSayWhatToDo() {
        assertThat(CreateAccountFailures.words("EMAIL_ALREADY_EXISTS")).contains("email address already exists");
        assertThat(CreateAccountFailures.words("ACCOUNT_LIMIT_EXCEEDED")).contains("limit of AWS accounts");
        assertThat(CreateAccountFailures.words("CONCURRENT_ACCOUNT_MODIFICATION")).contains("request the account again");
    }

    @Test
    void aFailureReasonNewerThanThePortalGetsGenericWordsWithItsCode() {
        aws.stubFor(operation("DescribeCreateAccountStatus").willReturn(jsonOk("{\"CreateAccountStatus\":"
                + status(CAR, "payments-prod", "FAILED", 1.7632E9, ",\"FailureReason\":\"SOMETHING_NEW\"") + "}")));

        VendingProgress progress = vendor(3).progress(CAR);

        assertThat(progress.failureReason()).isEqualTo("SOMETHING_NEW");
        assertThat(progress.message()).isEqualTo("AWS Organizations could not create the account (reason SOMETHING_NEW)");
    }

    @Test
    void throttlingIsRetriedByTheClientUntilAwsAcceptsTheCreateAccount() {
        stubCreateAccount();
        aws.stubFor(operation("CreateAccount").atPriority(1).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(jsonError(400, "TooManyRequestsException", "Rate exceeded", "req-throttled"))
                .willSetStateTo("calm"));

        assertThat(vendor(3).start(command)).isEqualTo(CAR);
        aws.verify(2, requested("CreateAccount"));
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRetryableWithTheLastRequestId() {
        aws.stubFor(operation("CreateAccount").willReturn(
                jsonError(400, "TooManyRequestsException", "Rate exceeded", "req-throttled-2")));

        assertThatThrownBy(() -> vendor(2).start(command)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.code()).isEqualTo("TooManyRequestsException");
            assertThat(e.awsRequestId()).isEqualTo("req-throttled-2");
            assertThat(e.getMessage()).contains("kept throttling");
            // a refusal: AWS did nothing, so the caller may start again later
            assertThat(e).isNotInstanceOf(VendingOutcomeUnknownException.class);
        });
        aws.verify(2, requested("CreateAccount"));
    }

    @Test
    void aServerErrorOnCreateAccountIsNotRetriedBecauseAwsMayHaveCreatedTheAccount() {
        aws.stubFor(operation("CreateAccount").willReturn(
                jsonError(500, "ServiceException", "Internal error", "req-500")));
        aws.stubFor(operation("ListAccounts").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(jsonError(500, "ServiceException", "Internal error", "req-500b")).willSetStateTo("ok"));
        aws.stubFor(operation("ListAccounts").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(jsonOk("{\"Accounts\":[]}")));
        OrganizationsAccountVendor vendor = vendor(3);

        // outcome unknown, not a refusal: the caller must look the request up (find), never start again
        assertThatThrownBy(() -> vendor.start(command)).isInstanceOfSatisfying(
                VendingOutcomeUnknownException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.awsRequestId()).isEqualTo("req-500");
        });
        aws.verify(1, requested("CreateAccount"));
        // reads are still retried as usual
        assertThat(vendor.find(command, java.time.Instant.EPOCH)).isInstanceOf(Recovery.NotFound.class);
        aws.verify(2, requested("ListAccounts"));
    }

    @Test
    void aConnectionLostDuringCreateAccountIsNotRetriedAndIsRetryableForTheCaller() {
        aws.stubFor(operation("CreateAccount").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> vendor(3).start(command)).isInstanceOfSatisfying(
                VendingOutcomeUnknownException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).startsWith("Sent create account payments-prod to AWS Organizations but got no "
                    + "answer (Could not reach AWS Organizations");
        });
        aws.verify(1, requested("CreateAccount"));
    }

    @Test
    void anAccountMovedMeanwhileCountsAsPlaced() {
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"r-ab12\",\"Type\":\"ROOT\"}]}")));
        aws.stubFor(operation("MoveAccount").willReturn(jsonError(400, "DuplicateAccountException",
                "That account is already present in the specified destination.", "req-dup")));
        aws.stubFor(operation("TagResource").willReturn(jsonOk("{}")));

        vendor(3).place("555555555555", command);

        aws.verify(1, requested("TagResource"));
    }

    @Test
    void concurrentModificationIsRetryable() {
        aws.stubFor(operation("CreateAccount").willReturn(jsonError(400, "ConcurrentModificationException",
                "The request failed because it conflicts with another change.", "req-conc")));

        assertThatThrownBy(() -> vendor(3).start(command)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).startsWith("Another change to the organization was running");
            assertThat(e.awsRequestId()).isEqualTo("req-conc");
        });
        aws.verify(1, requested("CreateAccount"));
    }

    @Test
    void aConstraintViolationIsExplainedByItsReason() {
        aws.stubFor(operation("CreateAccount").willReturn(jsonError(400, "ConstraintViolationException",
                "You have exceeded the allowed number of AWS accounts.", "req-limit",
                ",\"Reason\":\"ACCOUNT_NUMBER_LIMIT_EXCEEDED\"")));

        assertThatThrownBy(() -> vendor(3).start(command)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("ACCOUNT_NUMBER_LIMIT_EXCEEDED");
            assertThat(e.getMessage()).startsWith("The organization has reached its limit of AWS accounts")
                    .contains("You have exceeded the allowed number");
            assertThat(e.awsRequestId()).isEqualTo("req-limit");
        });
    }

    @Test
    void theDailyAccountCreationLimitIsRetryableLater() {
        aws.stubFor(operation("CreateAccount").willReturn(jsonError(400, "ConstraintViolationException",
                "Too many accounts today.", "req-rate", ",\"Reason\":\"ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED\"")));

        assertThatThrownBy(() -> vendor(3).start(command)).isInstanceOfSatisfying(VendingException.class,
                e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void anAccountOutsideAnOrganizationAndMissingPermissionsAreTold() {
        aws.stubFor(operation("CreateAccount").willReturn(jsonError(400, "AWSOrganizationsNotInUseException",
                "Your account is not a member of an organization.", "req-none")));
        aws.stubFor(operation("DescribeCreateAccountStatus").willReturn(jsonError(400, "AccessDeniedException",
                "You don't have permissions to access this resource.", "req-denied")));
        OrganizationsAccountVendor vendor = vendor(3);

        assertThatThrownBy(() -> vendor.start(command)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.getMessage()).contains("not in an organization");
            assertThat(e.awsRequestId()).isEqualTo("req-none");
            assertThat(e.retryable()).isFalse();
        });
        assertThatThrownBy(() -> vendor.progress(CAR)).isInstanceOfSatisfying(VendingException.class, e -> {
            assertThat(e.getMessage()).startsWith("The portal's AWS role may not read account creation request "
                    + CAR);
            assertThat(e.awsRequestId()).isEqualTo("req-denied");
        });
    }

    @Test
    void placeMovesTheAccountFromTheRootToItsOuAndTagsIt() {
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"r-ab12\",\"Type\":\"ROOT\"}]}")));
        aws.stubFor(operation("MoveAccount").willReturn(jsonOk("{}")));
        aws.stubFor(operation("TagResource").willReturn(jsonOk("{}")));

        vendor(3).place("555555555555", command);

        aws.verify(1, requested("ListParents").withRequestBody(equalToJson("{\"ChildId\":\"555555555555\"}")));
        aws.verify(1, requested("MoveAccount").withRequestBody(equalToJson("""
                {"AccountId":"555555555555","SourceParentId":"r-ab12","DestinationParentId":"ou-ab12-wrk00001"}""")));
        aws.verify(1, requested("TagResource").withRequestBody(equalToJson("""
                {"ResourceId":"555555555555",
                 "Tags":[{"Key":"cost-center","Value":"CC-2100"},{"Key":"owner-team","Value":"payments"}]}""")));
    }

    @Test
    void placeDoesNotMoveAnAccountThatIsAlreadyInItsOu() {
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"ou-ab12-wrk00001\",\"Type\":\"ORGANIZATIONAL_UNIT\"}]}")));
        aws.stubFor(operation("TagResource").willReturn(jsonOk("{}")));

        vendor(3).place("555555555555", command);

        aws.verify(0, requested("MoveAccount"));
        aws.verify(1, requested("TagResource"));
    }

    @Test
    void aMissingTargetOuIsNotRetryable() {
        aws.stubFor(operation("ListParents").willReturn(jsonOk(
                "{\"Parents\":[{\"Id\":\"r-ab12\",\"Type\":\"ROOT\"}]}")));
        aws.stubFor(operation("MoveAccount").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", AwsStubs.JSON).withHeader("x-amzn-RequestId", "req-ou")
                .withBody("{\"__type\":\"DestinationParentNotFoundException\",\"Message\":\"We can't find the"
                        + " destination container.\"}")));

        assertThatThrownBy(() -> vendor(3).place("555555555555", command))
                .isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("The organizational unit the account should go to");
                    assertThat(e.awsRequestId()).isEqualTo("req-ou");
                });
    }
}
